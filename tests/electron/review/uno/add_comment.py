"""Add a Word comment to a review .docx through LibreOffice itself (UNO), as a reviewer would.

Usage: add_comment.py SRC.docx DST.docx BOOKMARK "words to select" "Author" "Comment text"

Opens SRC in a private headless LibreOffice (office.py), selects the given words inside the named
bookmark, inserts an annotation over them, saves as Word 2007+ XML.
"""
import sys

from office import libreoffice, open_hidden, select_in_bookmark, store_docx
# After office (which imports uno): uno is what makes the com.sun.star modules importable.
from com.sun.star.util import DateTime


def main():
    src, dst, bookmark, words, author, text = sys.argv[1:7]
    with libreoffice('ac') as ctx:
        doc = open_hidden(ctx, src)
        cursor = select_in_bookmark(doc, bookmark, words)
        note = doc.createInstance('com.sun.star.text.textfield.Annotation')
        note.Author = author
        note.Content = text
        when = DateTime()
        when.Year, when.Month, when.Day, when.Hours, when.Minutes = 2026, 3, 14, 9, 30
        note.DateTimeValue = when
        cursor.getText().insertTextContent(cursor, note, True)
        store_docx(doc, dst)


if __name__ == '__main__':
    main()
