"""Does a column of few recurring names beside a column of unique names hold staff? (issue 16,
privfix16ba; a measurement, not a pass of the scanner).

For every marked name (right) and every name-shaped near miss or wrong finding (wrong) of the
named folders, the table cell holding it is found in the text's tables (runs of four lines or
more cut alike by tabs, bars, commas or two spaces and more; HTML rows). Its column "recurs"
when it has three values or more and at most a third of them distinct. Such a column is
"staff" when another column of the same rows holds a name finding on 60 % of the rows or more,
80 % of them distinct (the row's person). The guards tried: the cell is the name alone (no
remark, no prose), the row's person shares no surname with it, and the column stands after
the person's column.

    python benchmarks/privacy_heldout/recurring_columns.py --only docs2,docs3 [--examples]
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"⟦(\w+):(.*?)⟧")
NAMEISH = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
SPLIT = {
    "\t": re.compile(r"\t"),
    "|": re.compile(r"[|｜]"),
    ",": re.compile(r","),
    "  ": re.compile(r" {2,}|　+"),
}
KEY = re.compile(r'^\s*"?[A-Za-z_]*"?\s*:?\s*')


def parse(raw: str):
    parts, labels, nones, pos, length = [], [], [], 0, 0
    for m in MARK.finditer(raw):
        parts.append(raw[pos : m.start()])
        length += m.start() - pos
        kind, value = m.group(1), m.group(2)
        (nones if kind == "none" else labels).append((length, length + len(value), kind))
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(raw[pos:])
    return "".join(parts), labels, nones


def tables(text: str) -> list[list[list[tuple[int, int]]]]:
    """Runs of lines cut alike (each a list of rows of cell spans), and HTML tables."""
    lines, p = [], 0
    for line in text.split("\n"):
        lines.append((p, line))
        p += len(line) + 1
    out = []
    for sep, rx in SPLIT.items():
        run: list = []
        width = None
        for start, line in lines + [(0, "")]:
            if sep not in line and not (sep == "|" and "｜" in line):
                if len(run) >= 4:
                    out.append(run)
                run, width = [], None
                continue
            cells, q = [], 0
            for m in rx.finditer(line):
                cells.append((start + q, start + m.start()))
                q = m.end()
            cells.append((start + q, start + len(line)))
            if width is not None and len(cells) != width:
                if len(run) >= 4:
                    out.append(run)
                run = []
            width = len(cells)
            run.append(cells)
    for tb in re.finditer(r"<table.*?</table>", text, re.S):
        rows = []
        for tr in re.finditer(r"<tr.*?</tr>", tb.group(0), re.S):
            base = tb.start() + tr.start()
            cell = re.finditer(r"<t[dh][^>]*>(.*?)</t[dh]>", tr.group(0), re.S)
            rows.append([(base + m.start(1), base + m.end(1)) for m in cell])
        if len(rows) >= 4:
            out.append(rows)
    return out


def _names_in(spans, a, b, text):
    return [text[x:y] for x, y in spans if a <= x and y <= b]


def signal(text, tabs, span, names) -> str:
    s, e = span
    for rows in tabs:
        for ri, row in enumerate(rows):
            for ci, (a, b) in enumerate(row):
                if not (a <= s and e <= b):
                    continue
                body = rows[1:] if ri > 0 else rows
                col = [text[slice(*r[ci])].strip() for r in body if ci < len(r)]
                col = [c for c in col if c]
                if len(col) < 3:
                    return "no column"
                if len(set(col)) > len(col) / 3:
                    return "unique column"
                for cj in range(len(row)):
                    if cj == ci:
                        continue
                    vals = [
                        n[0] for r in body if cj < len(r) if (n := _names_in(names, *r[cj], text))
                    ]
                    if len(vals) < max(3, 0.6 * len(col)) or len(set(vals)) < 0.8 * len(vals):
                        continue
                    if KEY.sub("", text[a:b]).strip().strip('"').strip() != text[s:e]:
                        return "staff: not alone in its cell"
                    own = _names_in(names, *row[cj], text) if cj < len(row) else []
                    if own and own[0][0] == text[s]:
                        return "staff: the person's surname"
                    return "staff: before the person" if ci < cj else "staff: after the person"
                return "recurring, no person column"
    return "no table"


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    import django

    django.setup()
    from gongkai.privacy import scan_html, scan_text

    if "--only" not in sys.argv or sys.argv.index("--only") + 1 >= len(sys.argv):
        sys.exit("usage: recurring_columns.py --only docs2,docs3 [--examples]")
    only = sys.argv[sys.argv.index("--only") + 1].split(",")
    missing = [f for f in only if not (HERE / f).is_dir()]
    if missing:
        sys.exit(
            "no such held-out folder: " + ", ".join(missing) + " (the first is docs, then docs2)"
        )
    counts: Counter = Counter()
    examples: Counter = Counter()
    for folder in only:
        for path in sorted((HERE / folder).iterdir()):
            if path.name == "README.md":
                continue
            text, labels, nones = parse(path.read_text(encoding="utf-8"))
            scan = scan_html if path.name.endswith(".html") else scan_text
            found = {(f.start, f.end) for f in scan(text, allow=[]) if f.type == "name"}
            right = {(s, e) for s, e, k in labels if k == "name"}
            wrong = {(s, e) for s, e, _ in nones if NAMEISH.match(text[s:e])} | (found - right)
            names = sorted(right | found)
            tabs = tables(text)
            for tag, spans in (("right", right), ("wrong", wrong)):
                for span in spans:
                    key = signal(text, tabs, span, names)
                    counts[tag, key, span in found] += 1
                    if key.startswith("staff"):
                        examples[tag, key, f"{folder}/{path.name[:40]}"] += 1
    for (tag, key, fnd), n in sorted(counts.items()):
        print(f"{tag:6} {key:32} {'found' if fnd else 'unfound':8} {n}")
    if "--examples" in sys.argv:
        for (tag, key, where), n in sorted(examples.items()):
            print(f"{tag:6} {key:32} {n:4} {where}")


if __name__ == "__main__":
    main()
