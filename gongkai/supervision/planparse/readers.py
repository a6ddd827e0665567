"""Read a plan file into blocks: text lines and tables, in document order.

Formats: a saved web page (HTML, parsed with selectolax's lexbor parser), plain text
(UTF-8, else GB18030), DOCX (python-docx; tables read as tables) and XLSX (openpyxl).
Merged cells: where the format says a cell is merged (rowspan, vMerge, merged ranges)
the text is copied down into every row it covers and ``Table.merges_known`` is True;
text tables separated by ``|`` leave merged cells empty and the extractor fills them.
Traditional script is converted to simplified with OpenCC's t2s.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

_SPACES = re.compile(r"[ \t\u3000\xa0\u2002\u2003\u200b]+")


@dataclass
class Table:
    rows: list[list[str]]
    merges_known: bool = True  # False for text tables, where merged cells are left empty


@dataclass
class Document:
    blocks: list[str | Table] = field(default_factory=list)

    def lines(self) -> list[str]:
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    out.extend(part for c in row for part in c.split("\n") if part.strip())
            else:
                out.append(block)
        return out


def clean(text: str) -> str:
    """One cell or paragraph: collapse runs of spaces, keep line breaks inside cells."""
    lines = [_SPACES.sub(" ", line).strip() for line in (text or "").replace("\r", "").split("\n")]
    return "\n".join(line for line in lines if line)


# --- text ---------------------------------------------------------------------------


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def _pipe_cells(line: str) -> list[str] | None:
    stripped = line.strip()
    sep = (
        "|"
        if stripped.count("|") + stripped.count("｜") >= 2
        else ("\t" if stripped.count("\t") >= 2 else None)
    )
    if sep is None:
        return None
    parts = re.split(r"[|｜]", stripped) if sep == "|" else stripped.split("\t")
    if sep == "|" and stripped[:1] in "|｜":
        parts = parts[1:]
    if sep == "|" and stripped[-1:] in "|｜":
        parts = parts[:-1]
    if len(parts) < 2:
        return None
    return [clean(p) for p in parts]


def read_text(text: str) -> Document:
    """Paragraphs are lines; runs of ``|``-separated (or tab-separated) lines are tables.

    A line consisting only of spaces is kept as " ": in a table flattened to one cell per
    line it stands for an empty cell (seed 003).
    """
    doc = Document()
    rows: list[list[str]] = []

    def flush():
        if rows:
            doc.blocks.append(
                Table(
                    [r for r in rows if not all(re.fullmatch(r"[-:—\s]*", c) for c in r)],
                    merges_known=False,
                )
            )
            rows.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        cells = _pipe_cells(raw)
        if cells is not None:
            rows.append(cells)
            continue
        flush()
        line = clean(raw)
        if line:
            doc.blocks.append(line)
        elif raw:  # spaces only: an empty cell of a flattened table
            doc.blocks.append(" ")
    flush()
    return doc


# --- HTML ---------------------------------------------------------------------------

_BLOCK_TAGS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "section",
    "article",
    "br",
    "tr",
    "dd",
    "dt",
    "dl",
    "blockquote",
    "pre",
    "hr",
    "header",
    "footer",
    "title",
    "center",
    "form",
    "nav",
    "aside",
    "main",
    "td",
    "th",
    "tbody",
    "thead",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "select", "option", "iframe"}


def _span(node, name: str) -> int:
    try:
        return max(1, min(int((node.attributes.get(name) or "1").strip()), 200))
    except ValueError:
        return 1


def _html_table(table) -> Table:
    grid: dict[tuple[int, int], str] = {}
    rows = [tr for tr in table.css("tr") if _closest_table(tr) == table]
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.iter():
            if cell.tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            text = _cell_text(cell)
            rs, cs = _span(cell, "rowspan"), _span(cell, "colspan")
            for dr in range(rs):
                for dc in range(cs):
                    grid[(r + dr, c + dc)] = text if dc == 0 else ""
            c += cs
    if not grid:
        return Table([])
    height = max(r for r, _ in grid) + 1
    width = max(c for _, c in grid) + 1
    return Table([[grid.get((r, c), "") for c in range(width)] for r in range(height)])


def _closest_table(node):
    node = node.parent
    while node is not None and node.tag != "table":
        node = node.parent
    return node


class _Walker:
    """Lines of text and tables under a node; inline elements stay on one line."""

    def __init__(self):
        self.blocks: list[str | Table] = []
        self.buf: list[str] = []

    def flush(self):
        line = clean("".join(self.buf))
        self.buf.clear()
        self.blocks.extend(part for part in line.split("\n") if part)

    def walk(self, node, *, in_cell: bool = False):
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                self.buf.append(child.text(deep=False) or "")
            elif tag in _SKIP_TAGS or tag == "-comment":
                continue
            elif tag == "table" and not in_cell and len(child.css("table")) <= 1:
                self.flush()
                self.blocks.append(_html_table(child))
            elif tag in _BLOCK_TAGS or tag == "table":
                self.flush()
                self.walk(child, in_cell=in_cell)
                self.flush()
            else:
                self.walk(child, in_cell=in_cell)


def _cell_text(cell) -> str:
    walker = _Walker()
    walker.walk(cell, in_cell=True)
    walker.flush()
    return "\n".join(b for b in walker.blocks if isinstance(b, str))


def read_html(html: str) -> Document:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    walker = _Walker()
    root = tree.body or tree.root
    if root is not None:
        walker.walk(root)
    walker.flush()
    return Document(walker.blocks)


# --- DOCX / XLSX --------------------------------------------------------------------


def read_docx(path: Path | str) -> Document:
    import docx
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    doc = Document()
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = clean(Paragraph(element, document).text)
            if text:
                doc.blocks.extend(text.split("\n"))
        elif tag == "tbl":
            table = DocxTable(element, document)
            rows: list[list[str]] = []
            for row in table.rows:
                cells, previous = [], None
                for cell in row.cells:  # merged cells come back once per grid column
                    cells.append("" if cell._tc is previous else clean(cell.text))
                    previous = cell._tc
                rows.append(cells)
            doc.blocks.append(Table(rows))
    return doc


def read_xlsx(path: Path | str) -> Document:
    import openpyxl

    workbook = openpyxl.load_workbook(str(path), data_only=True)
    doc = Document()
    for sheet in workbook.worksheets:
        grid = [
            ["" if v is None else clean(str(v)) for v in row]
            for row in sheet.iter_rows(values_only=True)
        ]
        for merged in sheet.merged_cells.ranges:
            top = (
                grid[merged.min_row - 1][merged.min_col - 1]
                if merged.min_row - 1 < len(grid)
                else ""
            )
            for r in range(merged.min_row - 1, min(merged.max_row, len(grid))):
                for c in range(merged.min_col - 1, min(merged.max_col, len(grid[r]))):
                    grid[r][c] = top if c == merged.min_col - 1 else ""
        grid = [row for row in grid if any(row)]
        if grid:
            doc.blocks.append(Table(grid))
    return doc


# --- traditional script ------------------------------------------------------------


@functools.cache
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(doc: Document) -> Document:
    """Convert the whole document when it is written in traditional script."""
    sample = "\n".join(doc.lines())[:20000]
    converter = _t2s()
    converted = converter.convert(sample)
    changed = sum(1 for a, b in zip(sample, converted, strict=False) if a != b)
    if changed < 3:
        return doc
    blocks: list[str | Table] = []
    for block in doc.blocks:
        if isinstance(block, Table):
            rows = [[converter.convert(c) if c else c for c in row] for row in block.rows]
            blocks.append(Table(rows, block.merges_known))
        else:
            blocks.append(converter.convert(block))
    return Document(blocks)


def read_path(path: Path | str) -> Document:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        doc = read_docx(path)
    elif suffix in (".xlsx", ".xlsm"):
        doc = read_xlsx(path)
    else:
        text = decode(path.read_bytes())
        if suffix in (".html", ".htm", ".shtml", ".xhtml") or re.search(
            r"<(html|body|table|p)\b", text[:4000], re.I
        ):
            doc = read_html(text)
        else:
            doc = read_text(text)
    return to_simplified(doc)
