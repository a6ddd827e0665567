"""Generated tables in the layouts of real exports and pages, one labelled corpus each
(benchmark and tests): HTML written one cell a source line with a header on two rows,
Markdown with an alignment rule, CSV from a spreadsheet (quoted, numbers guarded as
formulas), an XML export with pinyin field names, one cell a line over pages (empty
cells as blank lines, the header repeated after 续表) and records one field a line.

The tables are those of ``tablecorpus`` (varied headers, persons, IDs, cards, phones,
addresses, near-miss tables of units and companies), with a note column whose cells
are often empty and, in some tables, a clerk's column (经办人: a near miss).
"""

from __future__ import annotations

import random

from . import corpus as c
from . import tablecorpus as tc

LAYOUTS = ("html", "markdown", "csv_quoted", "xml", "stacked_pages", "records")
NOTES = ["", "", "", "因病", "残疾", "独居", "重度残疾"]
# field names of an exchange format for the generated headers (others: the header itself)
XML_TAGS = {
    "序号": "XH", "姓名": "XM", "姓  名": "XM", "户主姓名": "HZXM", "户主": "HZ",
    "申请人": "SQR", "申请人姓名": "SQRXM", "收款人": "SKR", "身份证号": "SFZH",
    "身份证号码": "SFZHM", "公民身份号码": "GMSFHM", "证件号码": "ZJHM", "银行卡号": "YHKH",
    "账号": "YHZH", "社保卡号": "SBKH", "收款账号": "SKZH", "联系电话": "LXDH",
    "手机号码": "SJHM", "电话": "DH", "家庭住址": "JTZZ", "住址": "ZZ", "现住址": "XZZ",
    "性别": "XB", "备注": "BZ", "经办人": "JBR", "联系人": "LXR",
}  # fmt: skip


def _table(rng: random.Random):
    near = rng.random() < 0.2
    columns, rows = tc._near_miss_table(rng) if near else tc._person_table(rng)
    columns = [col.replace("  ", "") if col == "姓  名" else col for col in columns]
    if not near:
        columns = [*columns, "备注"]
        for row in rows:
            row.append([(rng.choice(NOTES), None)])
        if rng.random() < 0.3:
            clerk = rng.choice("王李张刘陈杨") + rng.choice(["海燕", "建军", "晓东", "丽"])
            columns.append("经办人")
            for row in rows:
                row.append([(clerk, None)])
    return columns, rows


def _cells(b: c._Builder, cell, guard: bool = False) -> None:
    for text, label in cell:
        if guard and label in ("id_card", "bank_card", "mobile"):
            b.write('=""')
            b.write(text, label)
            b.write('""')
        else:
            b.write(text, label)


def _render(b: c._Builder, rng: random.Random, layout: str, columns, rows) -> None:
    if layout == "html":
        group = rng.random() < 0.5 and len(columns) > 3
        b.write('<table border="1">\n<thead>\n<tr>\n')
        if group:  # a header on two rows: the last two columns under one group
            for col in columns[:-2]:
                b.write(f'  <th rowspan="2">{col}</th>\n')
            b.write('  <th colspan="2">其他信息</th>\n</tr>\n<tr>\n')
            for col in columns[-2:]:
                b.write(f"  <th>{col}</th>\n")
        else:
            for col in columns:
                b.write(f"  <th>{col}</th>\n")
        b.write("</tr>\n</thead>\n<tbody>\n")
        for row in rows:
            b.write("<tr>\n")
            for cell in row:
                b.write("  <td>")
                for k, (text, label) in enumerate(cell):
                    b.write("<br>" if text == "、" and rng.random() < 0.5 else text, label)
                    del k
                b.write("</td>\n")
            b.write("</tr>\n")
        b.write("</tbody>\n</table>\n")
    elif layout == "markdown":
        b.write("| " + " | ".join(columns) + " |\n")
        b.write("|" + "|".join(rng.choice([":---:", ":---", "---:", "---"]) for _ in columns))
        b.write("|\n")
        for row in rows:
            b.write("|")
            for cell in row:
                b.write(" ")
                _cells(b, cell)
                b.write(" |")
            b.write("\n")
    elif layout == "csv_quoted":
        b.write(",".join(f'"{col}"' for col in columns) + "\n")
        for row in rows:
            for k, cell in enumerate(row):
                b.write(',"' if k else '"')
                _cells(b, cell, guard=True)
                b.write('"')
            b.write("\n")
    elif layout == "xml":
        b.write('<?xml version="1.0" encoding="UTF-8"?>\n<DATA>\n')
        for row in rows:
            b.write("  <ROW>\n")
            for col, cell in zip(columns, row, strict=True):
                tag = XML_TAGS.get(col, col)
                b.write(f"    <{tag}>")
                _cells(b, cell)
                b.write(f"</{tag}>\n")
            b.write("  </ROW>\n")
        b.write("</DATA>\n")
    elif layout == "stacked_pages":
        b.write("\n".join(columns) + "\n")
        for k, row in enumerate(rows):
            if k and k % 3 == 0:
                b.write(f"第 {k // 3} 页  共 {len(rows) // 3 + 1} 页\n续表\n")
                b.write("\n".join(columns) + "\n")
            for cell in row:
                _cells(b, cell)
                b.write("\n")
    else:  # records: one field a line, a block per row
        for k, row in enumerate(rows):
            b.write(f"—— 第{k + 1}户 ——\n")
            for col, cell in zip(columns, row, strict=True):
                if col == "序号":
                    continue
                b.write(f"{col}：")
                _cells(b, cell)
                b.write("\n")


def build(*, tables: int = 100, seed: int = 7) -> dict[str, c.Corpus]:
    """One corpus per layout, each of ``tables`` tables between sentences."""
    out = {}
    sentences = c.seed_sentences()
    for layout in LAYOUTS:
        rng = random.Random(f"{seed}/{layout}")
        b = c._Builder()
        for _ in range(tables):
            b.write(rng.choice(sentences) + "\n")
            b.write(rng.choice(["现将有关情况公示如下：", "名单如下：", "附表："]) + "\n")
            if layout == "html":
                b.write("<p>附件</p>\n")
            columns, rows = _table(rng)
            _render(b, rng, layout, columns, rows)
            b.write(rng.choice(sentences) + "\n")
        out[layout] = b.corpus()
    return out
