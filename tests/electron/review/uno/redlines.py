"""Open a .docx in LibreOffice (UNO) and print its tracked changes as LibreOffice sees them.

Usage: redlines.py FILE.docx

Prints one line per redline: its type (Insert / Delete), author, and the text it covers.
"""
import sys

from office import libreoffice, open_hidden


def main():
    with libreoffice('rl') as ctx:
        doc = open_hidden(ctx, sys.argv[1])
        redlines = doc.Redlines
        for i in range(redlines.getCount()):
            r = redlines.getByIndex(i)
            start, end = r.getPropertyValue('RedlineStart'), r.getPropertyValue('RedlineEnd')
            cursor = start.getText().createTextCursorByRange(start)
            cursor.gotoRange(end, True)
            print('%s\t%s\t%s' % (r.getPropertyValue('RedlineType'), r.getPropertyValue('RedlineAuthor'), cursor.getString()))
        doc.close(True)


if __name__ == '__main__':
    main()
