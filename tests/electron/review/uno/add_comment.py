"""Add a Word comment to a review .docx through LibreOffice itself (UNO), as a reviewer would.

Usage: add_comment.py SRC.docx DST.docx BOOKMARK "words to select" "Author" "Comment text"

Starts a private headless LibreOffice (its own profile, its own pipe), opens SRC, selects the
given words inside the named bookmark, inserts an annotation over them, saves as Word 2007+ XML.
Needs Debian's /usr/bin/python3 with python3-uno and libreoffice-writer (not the -nogui build,
which crashed over UNO on files with comments).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.util import DateTime


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    src, dst, bookmark, words, author, text = sys.argv[1:7]
    profile = tempfile.mkdtemp(prefix='acec-uno-')
    pipe = 'acec_uno_%d' % os.getpid()
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
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), '_blank', 0, (prop('Hidden', True),))
        marks = doc.getBookmarks()
        if not marks.hasByName(bookmark):
            raise SystemExit('no bookmark %s' % bookmark)
        anchor = marks.getByName(bookmark).getAnchor()
        at = anchor.getString().find(words)
        if at < 0:
            raise SystemExit('words not in bookmark: %r in %r' % (words, anchor.getString()))
        cursor = anchor.getText().createTextCursorByRange(anchor.getStart())
        cursor.goRight(at, False)
        cursor.goRight(len(words), True)
        note = doc.createInstance('com.sun.star.text.textfield.Annotation')
        note.Author = author
        note.Content = text
        when = DateTime()
        when.Year, when.Month, when.Day, when.Hours, when.Minutes = 2026, 3, 14, 9, 30
        note.DateTimeValue = when
        anchor.getText().insertTextContent(cursor, note, True)
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
