"""What the UNO test scripts share: a private headless LibreOffice, documents opened hidden, words
selected inside a bookmark, and saving as Word 2007+ XML.

Each script runs its own LibreOffice (own profile, own pipe) so parallel test runs never meet.
Needs Debian's /usr/bin/python3 with python3-uno and libreoffice-writer (not the -nogui build,
which crashed over UNO on files with comments).
"""
import contextlib
import os
import shutil
import subprocess
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


@contextlib.contextmanager
def libreoffice(tag):
    """Start LibreOffice on a fresh profile; yield its component context; quit and clean up after."""
    profile = tempfile.mkdtemp(prefix='acec-uno-')
    pipe = 'acec_uno_%s_%d' % (tag, os.getpid())
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
        yield ctx
        try:
            desktop(ctx).terminate()
        except Exception:
            pass  # the bridge goes away as LibreOffice quits
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


def desktop(ctx):
    return ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)


def open_hidden(ctx, path):
    return desktop(ctx).loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), '_blank', 0, (prop('Hidden', True),))


def select_in_bookmark(doc, bookmark, words):
    """A text cursor over the first occurrence of `words` inside the named bookmark."""
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
    return cursor


def store_docx(doc, path):
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)), (prop('FilterName', 'MS Word 2007 XML'),))
    doc.close(True)
