#!/usr/bin/env python3
"""Reads a plan's Word document back with python-docx and prints what it found, as JSON.

Used by tests/plan_docx.rs: another library than the one that wrote the file must see the
same headings (Title = markdown level 1, Heading 1 = 2, Heading 2 = 3), tables whose first
row repeats as a header, the pictures and the A4 page.

    python3 scripts/check-docx.py plan.docx
"""

import json
import sys

import docx
from docx.oxml.ns import qn

LEVELS = {"Title": 1, "Heading 1": 2, "Heading 2": 3}


def main(path):
    document = docx.Document(path)
    headings = [
        [LEVELS[p.style.name], p.text]
        for p in document.paragraphs
        if p.style is not None and p.style.name in LEVELS
    ]
    tables = []
    for table in document.tables:
        first = table.rows[0]._tr
        tables.append(
            {
                "header": [cell.text for cell in table.rows[0].cells],
                "rows": len(table.rows),
                "repeats_header": first.find(qn("w:trPr")) is not None
                and first.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None,
            }
        )
    section = document.sections[0]
    print(
        json.dumps(
            {
                "headings": headings,
                "tables": tables,
                "pictures": len(document.inline_shapes),
                "page": {
                    "width_mm": round(section.page_width.mm),
                    "height_mm": round(section.page_height.mm),
                },
                "footer": [p.text for p in section.footer.paragraphs],
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
