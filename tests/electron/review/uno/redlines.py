"""Open a .docx in LibreOffice (UNO) and print its tracked changes as LibreOffice sees them.

Usage: redlines.py FILE.docx

Prints one line per redline: its type (Insert / Delete), author, and the text it covers.
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
    src = sys.argv[1]
    profile = tempfile.mkdtemp(prefix='acec-uno-')
    pipe = 'acec_uno_rl_%d' % os.getpid()
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
        redlines = doc.Redlines
        for i in range(redlines.getCount()):
            r = redlines.getByIndex(i)
            start, end = r.getPropertyValue('RedlineStart'), r.getPropertyValue('RedlineEnd')
            cursor = start.getText().createTextCursorByRange(start)
            cursor.gotoRange(end, True)
            text = cursor.getString()
            print('%s\t%s\t%s' % (r.getPropertyValue('RedlineType'), r.getPropertyValue('RedlineAuthor'), text))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == '__main__':
    main()
