"""Read a review .docx or comments matrix the way a Word user's tools do (python3-docx 0.8.11,
Debian) and print JSON:

- title, description: the core properties (description is Word's "Comments");
- sections: orientation and page size (twips) of each section;
- paragraphs (body, in order): style name, the style's outline level (following basedOn), text,
  the bookmarks started in it, the texts of its italic runs;
- tables: rows of cell texts, and how many leading rows are marked to repeat as header rows;
- cjk_runs_without_east_asian_font: Chinese runs whose own or style-inherited fonts name no
  East Asian font; east_asian_fonts: the East Asian font each Chinese run names itself.
"""
import json
import re
import sys

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def style_chain(style):
    while style is not None:
        yield style
        style = style.base_style


def outline_of(style):
    for s in style_chain(style):
        ppr = s.element.find(qn("w:pPr"))
        level = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if level is not None:
            return int(level.get(qn("w:val")))
    return None


def east_asian_of_style(style):
    for s in style_chain(style):
        rpr = s.element.rPr
        if rpr is not None and rpr.rFonts is not None and rpr.rFonts.get(qn("w:eastAsia")):
            return rpr.rFonts.get(qn("w:eastAsia"))
    return None


def paragraph(p):
    return {
        "style": p.style.name,
        "outline": outline_of(p.style),
        "text": p.text,
        "bookmarks": [b.get(qn("w:name")) for b in p._p.findall(qn("w:bookmarkStart"))],
        "italic": [r.text for r in p.runs if r.italic],
    }


def main(path):
    d = docx.Document(path)
    paragraphs, tables = [], []
    for child in d.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraphs.append(paragraph(Paragraph(child, d)))
        elif child.tag == qn("w:tbl"):
            t = Table(child, d)
            header = 0
            for tr in child.findall(qn("w:tr")):
                trpr = tr.find(qn("w:trPr"))
                if trpr is None or trpr.find(qn("w:tblHeader")) is None:
                    break
                header += 1
            tables.append({"rows": [[c.text for c in row.cells] for row in t.rows], "header_rows": header})

    missing, named = [], []
    for r in d.element.body.iter(qn("w:r")):
        text = "".join(t.text or "" for t in r.iter(qn("w:t")))
        if not CJK.search(text):
            continue
        rpr = r.find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        if fonts is not None and fonts.get(qn("w:eastAsia")):
            named.append(fonts.get(qn("w:eastAsia")))
            continue
        para = r.getparent()
        if para.tag != qn("w:p") or not east_asian_of_style(Paragraph(para, d).style):
            missing.append(text)

    json.dump({
        "title": d.core_properties.title,
        "description": d.core_properties.comments,
        "sections": [{"orientation": "landscape" if s.orientation == 1 else "portrait", "width": s.page_width.twips, "height": s.page_height.twips} for s in d.sections],
        "paragraphs": paragraphs,
        "tables": tables,
        "cjk_runs_without_east_asian_font": missing,
        "east_asian_fonts": sorted(set(named)),
    }, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
