"""Make a tracked replacement in a review .docx through LibreOffice itself (UNO), as a reviewer would.

Usage: track_replace.py SRC.docx DST.docx BOOKMARK "words to replace" "new words" "Author"

In a private headless LibreOffice (office.py), sets the profile's user name (LibreOffice signs
tracked changes with it), opens SRC with change recording on, finds the words inside the named
bookmark, replaces them with setString (one w:del + one w:ins on save), and saves as Word 2007+
XML. Prints the number of redlines the document holds.
"""
import sys

from office import libreoffice, open_hidden, prop, select_in_bookmark, store_docx


def main():
    src, dst, bookmark, words, new, author = sys.argv[1:7]
    with libreoffice('tr') as ctx:
        # The tracked change's author is the profile's user name.
        config = ctx.ServiceManager.createInstanceWithContext('com.sun.star.configuration.ConfigurationProvider', ctx)
        first, _, last = author.partition(' ')
        user = config.createInstanceWithArguments('com.sun.star.configuration.ConfigurationUpdateAccess', (prop('nodepath', '/org.openoffice.UserProfile/Data'),))
        user.setPropertyValue('givenname', first)
        user.setPropertyValue('sn', last)
        user.commitChanges()
        doc = open_hidden(ctx, src)
        cursor = select_in_bookmark(doc, bookmark, words)
        doc.RecordChanges = True
        cursor.setString(new)
        print(doc.Redlines.getCount())
        store_docx(doc, dst)


if __name__ == '__main__':
    main()
