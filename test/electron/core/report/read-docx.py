"""Reads a .docx with python-docx (an independent reader) and prints what the report tests check, as JSON:
paragraphs with their style names, tables with their cell text and header-row flags, sections with
their orientation."""
import json
import sys

import docx
from docx.oxml.ns import qn

document = docx.Document(sys.argv[1])
paragraphs = [{"style": p.style.name if p.style is not None else None, "text": p.text} for p in document.paragraphs]
tables = []
for table in document.tables:
    rows = []
    for row in table.rows:
        tr_pr = row._tr.trPr
        header = tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
        rows.append({"header": header, "cells": [cell.text for cell in row.cells]})
    style = table.style.name if table.style is not None else None
    tables.append({"style": style, "rows": rows})
sections = [{"orientation": "landscape" if s.orientation == 1 else "portrait", "width": s.page_width, "height": s.page_height} for s in document.sections]
print(json.dumps({"paragraphs": paragraphs, "tables": tables, "sections": sections}, ensure_ascii=False))
