"""Read an exported .docx the way a Word user's tools do (python3-docx, Debian) and print JSON:

- units: the body in reading order, one string per paragraph and one per distinct table cell
  (a cell merged over several rows or columns is read once, where it starts);
- tables: per table, its rows as lists of cell texts, with merged cells repeated as python-docx
  gives them, and for each grid position the index of the distinct cell it belongs to;
- cjk_runs / cjk_runs_without_east_asian_font: runs holding Chinese, and those whose own or
  style-inherited fonts name no East Asian font;
- default_east_asian_font: w:eastAsia of the document defaults.

A non-breaking hyphen (w:noBreakHyphen) is read as the hyphen Word prints.
"""
import json
import re
import sys

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def east_asian_of_style(style):
    while style is not None:
        rpr = style.element.rPr
        if rpr is not None and rpr.rFonts is not None and rpr.rFonts.get(qn("w:eastAsia")):
            return rpr.rFonts.get(qn("w:eastAsia"))
        style = style.base_style
    return None


def main(path):
    d = docx.Document(path)
    # Word prints a non-breaking hyphen as a hyphen; python-docx 0.8 leaves it out of the text.
    for h in list(d.element.body.iter(qn("w:noBreakHyphen"))):
        t = h.makeelement(qn("w:t"), {})
        t.text = "-"
        h.getparent().replace(h, t)
    units, tables = [], []
    for child in d.element.body.iterchildren():
        if child.tag == qn("w:p"):
            text = Paragraph(child, d).text
            if text.strip():
                units.append(text)
        elif child.tag == qn("w:tbl"):
            t = Table(child, d)
            grid = t._cells  # one _Cell per grid position; a merged cell is the same object repeated
            cols = t._column_count
            distinct, index, rows, owner = [], [], [], []
            for cell in grid:
                for i, known in enumerate(distinct):
                    if known is cell:
                        index.append(i)
                        break
                else:
                    distinct.append(cell)
                    index.append(len(distinct) - 1)
            for r in range(len(grid) // cols):
                rows.append([c.text for c in grid[r * cols:(r + 1) * cols]])
                owner.append(index[r * cols:(r + 1) * cols])
            tables.append({"rows": rows, "cellIndex": owner})
            seen = [c.text for c in distinct]
            units.extend(s for s in seen if s.strip())

    defaults = d.styles.element.find(qn("w:docDefaults"))
    default_font = None
    if defaults is not None:
        fonts = defaults.find(".//" + qn("w:rFonts"))
        if fonts is not None:
            default_font = fonts.get(qn("w:eastAsia"))

    cjk_runs, missing = 0, []
    for r in d.element.body.iter(qn("w:r")):
        text = "".join(t.text or "" for t in r.iter(qn("w:t")))
        if not CJK.search(text):
            continue
        cjk_runs += 1
        rpr = r.find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        if fonts is not None and fonts.get(qn("w:eastAsia")):
            continue
        # A run inside a hyperlink, bookmark or change takes its paragraph's style, as in Word.
        para = r.getparent()
        while para is not None and para.tag != qn("w:p"):
            para = para.getparent()
        style_font = None
        if para is not None:
            style_font = east_asian_of_style(Paragraph(para, d).style)
        if not style_font:
            missing.append(text)

    json.dump({
        "units": units,
        "tables": tables,
        "cjk_runs": cjk_runs,
        "cjk_runs_without_east_asian_font": missing,
        "default_east_asian_font": default_font,
    }, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
