"""Layout perturbations of the held-out documents: where does the scanner's recall break?

A blind batch shows the scanner losing a whole table's names when it does not know the
table's layout, while the same rows in a known layout are found. This script makes such
layouts out of the labelled documents already here, so that fragility can be found
without writing a new batch: it finds each document's tables (tab-separated, pipe,
CSV, aligned with spaces, HTML ``<table>``), and writes variants of the document in
which the tables are

- re-rendered in another form (``tab``, ``aligned``, ``single_space``, ``fullwidth``,
  ``pipe``, ``csv``, ``csv_quoted``, ``csv_semicolon``, ``html``, ``html_thead``,
  ``html_wrapped`` — cells in ``<p>``/``<span>`` —, ``onecell``: one cell a line);
- changed in their own form: ``same`` (re-rendered unchanged, a sanity check),
  ``header_person`` (the persons' column headed by a synonym), ``header_other`` (the
  other headers by synonyms), ``page_break`` (pages with a footer and the header
  repeated), ``wrap`` (a long cell continued on the next line), ``drop_seq`` (no 序号
  column), ``add_empty`` (an empty column), ``title_totals`` (a title row and a 合计
  row).

The marks travel with the cells: a document is perturbed in its marked form (each
``⟦type:value⟧`` kept whole as one token while the table is cut and re-drawn) and then
read again with ``evaluate.parse``, so every span of a variant is exact. Everything is
seeded by the document's name, the kind and ``--seed``: the same run gives the same
variants.

    python benchmarks/privacy_heldout/perturb.py [--seed N] [--kinds a,b] [--show]
        [--folders docs5,docs6] [--write DIR]
"""

from __future__ import annotations

import csv
import html
import io
import os
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from evaluate import MARK, SCORED, Document, evaluate, folders, parse  # noqa: E402

TOKEN = re.compile("[\ue000-\uf8ff]")

PERSON_HEADERS = (
    "姓名",
    "户主姓名",
    "申请人",
    "申请人姓名",
    "受助人员",
    "救助对象",
    "领取人",
    "人员姓名",
    "户名",
    "参保人",
    "承包方代表",
    "户主",
    "名字",
    "对象姓名",
    "被补偿人",
    "收款人",
    "困难群众姓名",
    "家庭成员",
    "保障对象",
    "监护人",
)

OTHER_HEADERS = (
    (("身份", "证件号", "证号"), ("身份证号", "身份证号码", "公民身份号码", "证件号码", "身份证")),
    (("电话", "手机", "联系方式"), ("联系电话", "电话", "手机号码", "联系方式", "手机号")),
    (("住址", "地址", "居住地"), ("家庭住址", "住址", "现住址", "居住地址", "户籍地址")),
    (
        ("账号", "卡号", "账户", "帐号"),
        ("银行账号", "银行卡号", "账号", "一卡通账号", "社保卡号", "存折账号"),
    ),
    (("序号", "编号"), ("序号", "编号", "序", "No.", "排序")),
    (("金额", "（元）", "(元)"), ("金额（元）", "发放金额", "补助金额(元)", "补贴标准", "金额")),
    (("性别",), ("性别", "性 别")),
    (("村", "乡镇", "社区"), ("所在村", "村（社区）", "乡镇", "所属村组", "村组")),
)

FOOTERS = ("第 {k} 页 共 {n} 页", "第{k}页/共{n}页", "- {k} -", "共{n}页 第{k}页", "{k}/{n}")
TITLES = ("{year}年度发放花名册", "公示名单（{year}年第二批）", "附件：{year}年享受对象名单")
EMPTY_HEADERS = ("备注", "签字", "领取人签字", "", "核实情况")


# --- the marked text, each mark kept whole as one private-use token -------------------


@dataclass
class Marked:
    text: str
    marks: list[str]

    def restore(self, text: str) -> str:
        return TOKEN.sub(lambda m: self.marks[ord(m.group()) - 0xE000], text)

    def kinds(self, cell: str) -> list[str]:
        return [MARK.match(self.marks[ord(t) - 0xE000]).group(1) for t in TOKEN.findall(cell)]

    def width(self, cell: str) -> int:
        shown = MARK.sub(lambda m: m.group(2), self.restore(cell))
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in shown)


def protect(raw: str) -> Marked:
    marks: list[str] = []

    def token(m: re.Match[str]) -> str:
        marks.append(m.group())
        return chr(0xE000 + len(marks) - 1)

    return Marked(MARK.sub(token, raw), marks)


# --- finding tables ---------------------------------------------------------------------


@dataclass
class Table:
    start: int
    end: int
    form: str
    rows: list[list[str]]
    indent: str = ""


ALIGNED_GAP = re.compile(r" {2,}|\u3000+|\t")


def line_form(line: str) -> str:
    s = line.strip()
    if s.startswith("|") and s.count("|") >= 3:
        return "pipe"
    if "\t" in s and len([c for c in s.split("\t") if c.strip()]) >= 2:
        return "tab"
    if s.count(",") >= 2 and "，" not in s:
        return "csv"
    if s.count(";") >= 2 and "；" not in s and "，" not in s:
        return "csv_semicolon"
    if len(ALIGNED_GAP.split(s)) >= 3:
        return "aligned"
    return ""


def split_line(line: str, form: str) -> list[str]:
    s = line.strip()
    if form == "pipe":
        return [c.strip() for c in s.strip("|").split("|")]
    if form == "tab":
        return [c.strip() for c in line.rstrip("\n").split("\t")]
    if form in ("csv", "csv_semicolon"):
        delimiter = ";" if form == "csv_semicolon" else ","
        return next(csv.reader([s], delimiter=delimiter))
    return [c.strip() for c in ALIGNED_GAP.split(s)]


ALIGNED_CELL = re.compile(r"(?:(?! {2}|\u3000|\t).)+")


def aligned_rows(m: Marked, lines: list[str]) -> list[list[str]]:
    """The cells of an aligned table, each under the header whose display columns it
    overlaps most (a row with empty cells has fewer cells than its header)."""

    def spans(line: str) -> list[tuple[int, int, str]]:
        out = []
        for c in ALIGNED_CELL.finditer(line.rstrip("\n")):
            if c.group().strip():
                a = m.width(line[: c.start()])
                out.append((a, a + m.width(c.group()), c.group().strip()))
        return out

    head = spans(lines[0])
    starts = [a for a, _b, _c in head] + [10**6]
    rows = [[c for _a, _b, c in head]]
    for line in lines[1:]:
        row = [""] * len(head)
        for a, b, cell in spans(line):
            k = max(range(len(head)), key=lambda k: min(b, starts[k + 1]) - max(a, starts[k]))
            row[k] = f"{row[k]} {cell}".strip()
        rows.append(row)
    return rows


def text_tables(text: str, marked: Marked | None = None) -> list[Table]:
    tables: list[Table] = []
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    i = 0
    while i < len(lines):
        form = line_form(lines[i])
        j = i
        while form and j < len(lines) and line_form(lines[j]) == form:
            j += 1
        if form and j - i >= 3:
            rows = [split_line(line, form) for line in lines[i:j]]
            widest = max(map(len, rows))
            while form == "aligned" and len(rows[0]) * 2 <= widest and j - i > 3:
                i, rows = i + 1, rows[1:]  # a line over the header ("填报单位：…  单位：元")
            if marked and form == "aligned" and len(rows[0]) == max(map(len, rows)):
                rows = aligned_rows(marked, lines[i:j])
            if form == "pipe":
                rows = [r for r in rows if not all(re.fullmatch(r":?-+:?", c) for c in r)]
            indent = re.match(r"[ \u3000]*", lines[i]).group() if form == "aligned" else ""
            end = offsets[j] - (1 if lines[j - 1].endswith("\n") else 0)
            tables.append(Table(offsets[i], end, form, rows, indent))
        i = max(j, i + 1)
    return tables


CELL = re.compile(r"<t([dh])\b[^>]*>(.*?)</t[dh]>", re.S | re.I)


def html_tables(text: str) -> list[Table]:
    tables = []
    for m in re.finditer(r"<table\b.*?</table>", text, re.S | re.I):
        rows: list[list[str]] = []
        spans: dict[tuple[int, int], int] = {}  # (row, column) under a rowspan: left empty
        for tr in re.finditer(r"<tr\b.*?</tr>", m.group(), re.S | re.I):
            i, cells = len(rows), []
            for c in CELL.finditer(tr.group()):
                while (i, len(cells)) in spans:
                    cells.append("")
                attrs = c.group().split(">", 1)[0]
                down = re.search(r'rowspan="?(\d+)', attrs)
                across = re.search(r'colspan="?(\d+)', attrs)
                for k in range(1, int(down.group(1)) if down else 1):
                    spans[(i + k, len(cells))] = 1
                text = html.unescape(re.sub(r"<[^>]+>", "", c.group(2))).strip()
                cells.append(re.sub(r"\s+", " ", text))
                cells += [""] * (int(across.group(1)) - 1 if across else 0)
            while (i, len(cells)) in spans:
                cells.append("")
            if cells:
                rows.append(cells)
        if len(rows) >= 3:
            tables.append(Table(m.start(), m.end(), "html", rows))
    return tables


def find_tables(name: str, text: str, marked: Marked | None = None) -> list[Table]:
    return html_tables(text) if name.endswith(".html") else text_tables(text, marked)


def html_to_text(part: str) -> str:
    part = re.sub(r"<(script|style)\b.*?</\1>", "", part, flags=re.S | re.I)
    part = re.sub(r"<br\s*/?>|</(p|div|h\d|li|tr|title)>", "\n", part, flags=re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", part))


def text_to_html(part: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>\n" for line in part.splitlines() if line.strip())


# --- drawing tables -----------------------------------------------------------------------


def pad(m: Marked, cell: str, width: int, fill: str = " ") -> str:
    short = width - m.width(cell)
    return cell + (fill * (short // 2) if fill == "\u3000" else fill * short)


def draw_aligned(m: Marked, rows, rng, gaps=(2, 4), indent="", fill=" ") -> list[str]:
    n = max(len(r) for r in rows)
    widths = [max(m.width(r[j]) if j < len(r) else 0 for r in rows) for j in range(n)]
    col_gaps = [rng.randint(*gaps) for _ in range(n)]
    out = []
    for r in rows:
        cells = [pad(m, c, widths[j], fill) + fill * col_gaps[j] for j, c in enumerate(r)]
        out.append((indent + "".join(cells)).rstrip(" \u3000"))
    return out


def draw_csv(rows, quoting=csv.QUOTE_MINIMAL, delimiter=",") -> list[str]:
    buf = io.StringIO()
    csv.writer(buf, quoting=quoting, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return buf.getvalue().rstrip("\n").split("\n")


def draw_html(rows, rng, thead=False, wrapped=False) -> list[str]:
    def cell(tag: str, c: str) -> str:
        text = html.escape(c).replace("\n", "<br>")
        if wrapped and c:
            inner = rng.choice(("p", "span"))
            text = f"<{inner}>{text}</{inner}>"
        return f"<{tag}>{text}</{tag}>"

    out = ['<table border="1" cellspacing="0">']
    body = rows
    if thead:
        out.append("<thead><tr>" + "".join(cell("th", c) for c in rows[0]) + "</tr></thead>")
        out.append("<tbody>")
        body = rows[1:]
    out += ["<tr>" + "".join(cell("td", c) for c in r) + "</tr>" for r in body]
    if thead:
        out.append("</tbody>")
    out.append("</table>")
    return out


def draw(form: str, m: Marked, rows, rng, indent: str = "") -> list[str]:
    if form == "tab":
        return ["\t".join(r) for r in rows]
    if form == "aligned":
        return draw_aligned(m, rows, rng, indent=indent)
    if form == "single_space":
        return [" ".join(c for c in r if c) for r in rows]
    if form == "fullwidth":
        return draw_aligned(m, rows, rng, gaps=(1, 2), fill="\u3000")
    if form == "pipe":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        return [lines[0], "|" + "---|" * len(rows[0])] + lines[1:]
    if form == "csv":
        return draw_csv(rows)
    if form == "csv_quoted":
        return draw_csv(rows, quoting=csv.QUOTE_ALL)
    if form == "csv_semicolon":
        return draw_csv(rows, delimiter=";")
    if form == "html":
        return draw_html(rows, rng)
    if form == "html_thead":
        return draw_html(rows, rng, thead=True)
    if form == "html_wrapped":
        return draw_html(rows, rng, thead=rng.random() < 0.5, wrapped=True)
    if form == "onecell":
        return [c for r in rows for c in r]
    raise ValueError(form)


FORMS = (
    "tab",
    "aligned",
    "single_space",
    "fullwidth",
    "pipe",
    "csv",
    "csv_quoted",
    "csv_semicolon",
    "html",
    "html_thead",
    "html_wrapped",
    "onecell",
)


# --- changes to a table's rows --------------------------------------------------------------


def person_column(m: Marked, rows) -> int | None:
    counts: dict[int, int] = {}
    for r in rows[1:]:
        for j, c in enumerate(r):
            if "name" in m.kinds(c):
                counts[j] = counts.get(j, 0) + 1
    best = max(counts, key=lambda j: (counts[j], -j), default=None)
    if best is None or best >= len(rows[0]) or TOKEN.search(rows[0][best]):
        return None
    return best


def seq_column(rows) -> int | None:
    for j, c in enumerate(rows[0]):
        body = [r[j] for r in rows[1:] if j < len(r)]
        if re.search(r"序号|编号|^序$|^No", c) or (
            body and all(re.fullmatch(r"\d{1,4}", b) for b in body)
        ):
            return j
    return None


Change = Callable[[Marked, list[list[str]], random.Random], list[list[str]] | None]


def header_person(m, rows, rng):
    j = person_column(m, rows)
    if j is None:
        return None
    rows[0][j] = rng.choice([h for h in PERSON_HEADERS if h != rows[0][j]])
    return rows


def header_other(m, rows, rng):
    changed = False
    keep = person_column(m, rows)
    for j, c in enumerate(rows[0]):
        if j == keep or TOKEN.search(c):
            continue
        for keys, synonyms in OTHER_HEADERS:
            if any(k in c for k in keys):
                rows[0][j] = rng.choice([s for s in synonyms if s != c])
                changed = True
                break
    return rows if changed else None


def drop_seq(m, rows, rng):
    j = seq_column(rows)
    if j is None or any(TOKEN.search(r[j]) for r in rows if j < len(r)):
        return None
    return [r[:j] + r[j + 1 :] for r in rows]


def add_empty(m, rows, rng):
    j = rng.randint(1, len(rows[0]))
    head = rng.choice(EMPTY_HEADERS)
    return [r[:j] + [head if i == 0 else ""] + r[j:] for i, r in enumerate(rows)]


def title_totals(m, rows, rng):
    n = len(rows[0])
    title = rng.choice(TITLES).format(year=rng.randint(2019, 2026))
    total = ["合计"] + [""] * (n - 1)
    total[min(n - 1, rng.randint(1, 2))] = f"共{len(rows) - 1}户"
    return [[title] + [""] * (n - 1)] + rows + [total]


def wrap(m, rows, rng):
    cols = len(rows[0])

    def plain(j):
        body = [r[j] for r in rows[1:] if j < len(r) and not TOKEN.search(r[j])]
        return sum(len(c) for c in body) / max(1, len(rows) - 1)

    j = max(range(cols), key=plain)
    out, changed = [], False
    for i, r in enumerate(rows):
        cell = r[j] if j < len(r) else ""
        if i and len(cell) >= 5 and not TOKEN.search(cell) and rng.random() < 0.6:
            cut = rng.randint(2, len(cell) - 2)
            out.append(r[:j] + [cell[:cut]] + r[j + 1 :])
            out.append([""] * j + [cell[cut:]] + [""] * (len(r) - j - 1))
            changed = True
        else:
            out.append(r)
    return out if changed else None


CHANGES: dict[str, Change] = {
    "same": lambda m, rows, rng: rows,
    "header_person": header_person,
    "header_other": header_other,
    "drop_seq": drop_seq,
    "add_empty": add_empty,
    "title_totals": title_totals,
    "wrap": wrap,
    # the header is repeated on each page: not when it holds a mark
    "page_break": lambda m, rows, rng: (
        None if len(rows) < 4 or TOKEN.search("".join(rows[0])) else rows
    ),
}
KINDS = FORMS + tuple(CHANGES)


def paged(form, m, rows, rng, indent) -> list[str]:
    pages = rng.randint(2, min(3, len(rows) - 1))
    body = rows[1:]
    size = -(-len(body) // pages)
    footer = rng.choice(FOOTERS)
    out: list[str] = []
    for k in range(pages):
        chunk = body[k * size : (k + 1) * size]
        if not chunk:
            break
        out += draw(form, m, [rows[0]] + chunk, rng, indent)
        out += ["", footer.format(k=k + 1, n=pages), "\f" if rng.random() < 0.5 else ""]
    return out[:-1]


# --- making the variants ------------------------------------------------------------------------


def perturb(doc_name: str, raw: str, kind: str, seed: int = 0) -> tuple[str, str] | None:
    """The marked text of ``raw`` with its tables changed by ``kind`` and the variant's
    file name; None when the document has no table the kind can change."""
    rng = random.Random(f"{seed}:{doc_name}:{kind}")
    m = protect(raw)
    tables = find_tables(doc_name, m.text, m)
    if not tables:
        return None
    source = tables[0].form
    target = kind if kind in FORMS else source
    if kind in FORMS and kind == source:
        return None
    to_html = target.startswith("html")
    from_html = doc_name.endswith(".html")
    pieces: list[str] = []
    pos = 0
    changed = False
    for t in tables:
        outside = m.text[pos : t.start]
        if from_html and not to_html:
            outside = html_to_text(outside)
        elif to_html and not from_html:
            outside = text_to_html(outside)
        pieces.append(outside)
        if from_html:  # a table's caption is kept above the redrawn table, as a line
            cap = re.search(
                r"<caption\b[^>]*>(.*?)</caption>", m.text[t.start : t.end], re.S | re.I
            )
            if cap:
                line = html_to_text(cap.group(1)).strip()
                pieces.append(f"<p>{line}</p>\n" if to_html else line + "\n")
        rows = [list(r) for r in t.rows]
        form = target if t.form == source or kind in FORMS else t.form
        if kind in CHANGES:
            new = CHANGES[kind](m, rows, rng)
            if new is None:
                lines = draw(form, m, t.rows, rng, t.indent)
            else:
                changed = True
                draw_rows = paged if kind == "page_break" else draw
                lines = draw_rows(form, m, new, rng, t.indent)
        else:
            changed = True
            lines = draw(form, m, rows, rng, t.indent)
        pieces.append("\n".join(lines))
        pos = t.end
    rest = m.text[pos:]
    if from_html and not to_html:
        rest = html_to_text(rest)
    elif to_html and not from_html:
        rest = text_to_html(rest)
    pieces.append(rest)
    if not changed:
        return None
    stem = doc_name.rsplit(".", 1)[0]
    if to_html:
        name = stem + ".html"
    elif from_html or target.startswith("csv") != doc_name.endswith(".csv"):
        name = stem + ".txt"
    else:
        name = doc_name
    return f"{name}~{kind}", m.restore("".join(pieces))


def sources(chosen: list[str] | None = None) -> list[tuple[str, str]]:
    """(folder/name, marked text) of every held-out document."""
    out = []
    for folder in chosen or folders():
        for path in sorted((HERE / folder).iterdir()):
            if path.is_file() and path.name != "README.md":
                out.append((f"{folder}/{path.name}", path.read_text(encoding="utf-8")))
    return out


def variants(kind: str, docs, seed: int = 0) -> list[tuple[str, str]]:
    out = []
    for name, raw in docs:
        made = perturb(name, raw, kind, seed)
        if made:
            out.append(made)
    return out


def scored(named: list[tuple[str, str]]) -> list[Document]:
    docs = []
    for name, raw in named:
        doc = parse(name, raw)
        # the scanner reads HTML by the name's ending: keep it last
        doc.name = name.split("~")[0] if name.split("~")[0].endswith(".html") else name
        docs.append(doc)
    return docs


GROUPS = {"name": ("name",), "address": ("address",)}
GROUPS["number"] = tuple(k for k in SCORED if k not in ("name", "address"))


def pooled(scores) -> dict[str, tuple[int, int, int]]:
    out = {}
    for group, kinds in GROUPS.items():
        tp = sum(scores[k].tp for k in kinds)
        fp = sum(scores[k].fp for k in kinds)
        fn = sum(scores[k].fn for k in kinds)
        out[group] = (tp, fp, fn)
    return out


def row(label: str, n: int, pools) -> str:
    cells = [f"{label:14} {n:4d}"]
    for tp, fp, fn in pools.values():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        cells.append(f"{p:6.3f} {r:6.3f} {fn:4d}")
    return "  ".join(cells)


def per_file_misses(docs: list[Document]) -> list[tuple[int, str, list[str]]]:
    out = []
    for doc in docs:
        s = evaluate([doc])
        missed = [f"{k}:{m.split(': ', 1)[1]}" for k in ("name", "address") for m in s[k].misses]
        wrong = [f"+{k}:{w.split(': ', 1)[1]}" for k in ("name", "address") for w in s[k].wrong]
        if missed or wrong:
            out.append((len(missed), doc.name, missed + wrong))
    return sorted(out, key=lambda x: (-x[0], x[1]))


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    import django

    django.setup()
    args = sys.argv[1:]

    def option(flag: str, default: str) -> str:
        return args[args.index(flag) + 1] if flag in args else default

    seed = int(option("--seed", "0"))
    kinds = option("--kinds", ",".join(KINDS)).split(",")
    chosen = option("--folders", "")
    docs = sources(chosen.split(",") if chosen else None)
    with_tables = [(n, r) for n, r in docs if find_tables(n, protect(r).text)]
    head = f"{'kind':14} {'docs':>4}  " + "  ".join(
        f"{g[:4]:>6} {'R':>6} {'miss':>4}" for g in GROUPS
    )
    print(f"{len(with_tables)} of {len(docs)} documents have tables; P, R and misses per group")
    print(head.replace(f"{'name'[:4]:>6}", "name P").replace("addr  ", "addr P"))
    print(row("original", len(with_tables), pooled(evaluate(scored(with_tables)))))
    worst = []
    for kind in kinds:
        made = scored(variants(kind, with_tables, seed))
        print(row(kind, len(made), pooled(evaluate(made))), flush=True)
        worst += [(n, kind, name, what) for n, name, what in per_file_misses(made)[:3]]
        if "--write" in args:
            out = Path(option("--write", "")) / kind
            out.mkdir(parents=True, exist_ok=True)
            for name, raw in variants(kind, with_tables, seed):
                (out / name.replace("/", "_").replace("~", "_")).write_text(raw, encoding="utf-8")
    if "--show" in args:
        print("\nworst variants (name and address misses, + = wrong):")
        for n, kind, name, what in sorted(worst, key=lambda x: -x[0])[:40]:
            print(f"  {n:3d} {kind:13} {name}: {' '.join(what[:12])}")


if __name__ == "__main__":
    main()
