"""Make a tracked replacement in a review .docx through LibreOffice itself (UNO), as a reviewer would.

Usage: track_replace.py SRC.docx DST.docx BOOKMARK "words to replace" "new words" "Author"

Starts a private headless LibreOffice (its own profile, its own pipe), sets the profile's user
name (LibreOffice signs tracked changes with it), opens SRC with change recording on, finds the
words inside the named bookmark, replaces them with setString (one w:del + one w:ins on save),
and saves as Word 2007+ XML. Prints the number of redlines the document holds.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    src, dst, bookmark, words, new, author = sys.argv[1:7]
    profile = tempfile.mkdtemp(prefix='acec-uno-')
    pipe = 'acec_uno_tr_%d' % os.getpid()
    proc = subprocess.Popen(
        ['soffice', '--headless', '--invisible', '--norestore', '--nologo', '--nodefault',
         '-env:UserInstallation=' + uno.systemPathToFileUrl(profile), '--accept=pipe,name=%s;urp;' % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        ctx = None
        for _ in range(300):
            try:
                ctx = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
                break
            except Exception:
                time.sleep(0.1)
        if ctx is None:
            raise SystemExit('LibreOffice did not start')
        smgr = ctx.ServiceManager
        # The tracked change's author is the profile's user name.
        config = smgr.createInstanceWithContext('com.sun.star.configuration.ConfigurationProvider', ctx)
        first, _, last = author.partition(' ')
        user = config.createInstanceWithArguments('com.sun.star.configuration.ConfigurationUpdateAccess', (prop('nodepath', '/org.openoffice.UserProfile/Data'),))
        user.setPropertyValue('givenname', first)
        user.setPropertyValue('sn', last)
        user.commitChanges()
        desktop = smgr.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), '_blank', 0, (prop('Hidden', True),))
        marks = doc.getBookmarks()
        if not marks.hasByName(bookmark):
            raise SystemExit('no bookmark %s' % bookmark)
        anchor = marks.getByName(bookmark).getAnchor()
        at = anchor.getString().find(words)
        if at < 0:
            raise SystemExit('words not in bookmark: %r in %r' % (words, anchor.getString()))
        doc.RecordChanges = True
        cursor = anchor.getText().createTextCursorByRange(anchor.getStart())
        cursor.goRight(at, False)
        cursor.goRight(len(words), True)
        cursor.setString(new)
        print(doc.Redlines.getCount())
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), (prop('FilterName', 'MS Word 2007 XML'),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes away as LibreOffice quits
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == '__main__':
    main()
