"""Attachments: scanning their text and writing masked copies of DOCX and XLSX files.

Text for scanning comes from ``gongkai.core.textextract.extract_text`` (PDF text layer,
DOCX, XLSX, HTML, plain text). A masked copy keeps the file's formatting: the text
pieces (DOCX runs, spreadsheet cells) are joined into one flat text with the
separators a reader sees (tab between cells, newline between rows and paragraphs),
scanned once, and — since every mask keeps the length of what it hides — each piece
gets back its own slice of the masked text.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from gongkai.core.textextract import extract_text, read_text

from .finding import Finding
from .markup import flatten_html, mask_html
from .scanner import mask_text, scan_text


class UnreadableDocument(ValueError):
    """The bytes are not a document of the expected kind."""


def file_text(data: bytes, filename: str, *, whole: bool = False) -> str:
    """The text of an attachment as the scanner reads it.

    An HTML file is flattened like a page (``markup``): cells joined by tabs, so its
    tables keep their columns; other files go through ``extract_text``. ``whole=True``
    (the command line) reads a large file whole and raises ``UnreadableFile`` for a
    damaged one instead of giving "".
    """
    if filename.lower().endswith((".html", ".htm")):
        return flatten_html(_decode(data)[0])
    if whole:
        return read_text(data, filename, limit=None)
    return extract_text(data, filename)


def scan_file(data: bytes, filename: str, **kwargs) -> list[Finding]:
    """Findings in the text of an attachment ("" for unreadable files: no findings)."""
    return scan_text(file_text(data, filename), **kwargs)


def mask_pieces(pieces: list[str], separators: list[str], **kwargs) -> list[str]:
    """Mask text that is stored in pieces; ``separators[i]`` follows ``pieces[i]``."""
    flat_parts = []
    starts = []
    pos = 0
    for piece, sep in zip(pieces, separators, strict=True):
        starts.append(pos)
        flat_parts.append(piece)
        flat_parts.append(sep)
        pos += len(piece) + len(sep)
    flat = "".join(flat_parts)
    masked = mask_text(flat, **kwargs)
    if masked == flat:
        return pieces
    return [masked[s : s + len(p)] for s, p in zip(starts, pieces, strict=True)]


# --- DOCX ---------------------------------------------------------------------------


def _paragraph_runs(paragraph) -> list:
    from docx.text.run import Run

    runs = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Run):
            runs.append(item)
        else:  # a hyperlink holds its own runs
            runs.extend(item.runs)
    return runs


def _mask_runs(groups: Iterable[tuple[list, str]], **kwargs) -> int:
    """``groups`` of (runs, separator after the group); returns how many runs changed."""
    runs: list = []
    seps: list[str] = []
    for group_runs, sep in groups:
        if not group_runs:
            if seps:
                seps[-1] += sep
            continue
        runs.extend(group_runs)
        seps.extend([""] * (len(group_runs) - 1) + [sep])
    texts = [r.text for r in runs]
    new = mask_pieces(texts, seps, **kwargs)
    changed = 0
    for run, old, text in zip(runs, texts, new, strict=True):
        if text != old:
            run.text = text
            changed += 1
    return changed


def _table_groups(table):
    for row in table.rows:
        cells = row.cells
        for k, cell in enumerate(cells):
            last_cell = k == len(cells) - 1
            paragraphs = cell.paragraphs
            for j, paragraph in enumerate(paragraphs):
                if j < len(paragraphs) - 1:
                    sep = " "
                else:
                    sep = "\n" if last_cell else "\t"
                yield _paragraph_runs(paragraph), sep


def mask_docx(data: bytes, **kwargs) -> bytes:
    """A copy of a DOCX file with personal data masked in body, tables, headers, footers."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise UnreadableDocument(f"无法读取 DOCX 文件：{exc}") from exc
    _mask_runs(((_paragraph_runs(p), "\n") for p in document.paragraphs), **kwargs)
    for table in document.tables:
        _mask_runs(_table_groups(table), **kwargs)
    for section in document.sections:
        for part in (
            section.header,
            section.footer,
            section.first_page_header,
            section.first_page_footer,
            section.even_page_header,
            section.even_page_footer,
        ):
            if part.is_linked_to_previous:
                continue
            _mask_runs(((_paragraph_runs(p), "\n") for p in part.paragraphs), **kwargs)
            for table in part.tables:
                _mask_runs(_table_groups(table), **kwargs)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- XLSX ---------------------------------------------------------------------------


def mask_xlsx(data: bytes, **kwargs) -> bytes:
    """A copy of an XLSX workbook with personal data masked in text and integer cells.

    A number stored as an integer (a phone number typed into a cell) becomes text when
    masked; formulas are left alone.
    """
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data))
    except Exception as exc:
        raise UnreadableDocument(f"无法读取 XLSX 文件：{exc}") from exc
    for sheet in book.worksheets:
        cells = []
        texts = []
        seps = []
        for row in sheet.iter_rows():
            row_cells = []
            for cell in row:
                value = cell.value
                if isinstance(value, bool) or value is None:
                    continue
                if isinstance(value, int):
                    text = str(value)
                elif isinstance(value, str) and cell.data_type != "f":
                    text = value
                else:
                    continue
                row_cells.append((cell, text))
            # keep column positions so that a 姓名 column lines up row after row
            if not row_cells:
                continue
            previous_col = 1
            if row_cells[0][0].column > 1:  # leading empty cells, as an empty piece
                cells.append(None)
                texts.append("")
                seps.append("\t" * (row_cells[0][0].column - 1))
            for k, (cell, text) in enumerate(row_cells):
                if k:
                    seps[-1] = "\t" * (cell.column - previous_col)
                cells.append(cell)
                texts.append(text)
                seps.append("\n")
                previous_col = cell.column
        if not cells:
            continue
        new = mask_pieces(texts, seps, **kwargs)
        for cell, old, text in zip(cells, texts, new, strict=True):
            if cell is not None and text != old:
                cell.value = text
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- any supported file ---------------------------------------------------------------

MASKABLE_SUFFIXES = (".docx", ".xlsx", ".txt", ".csv", ".html", ".htm")


def _decode(data: bytes) -> tuple[str, str]:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace"), "utf-8"


def masked_copy(data: bytes, suffix: str) -> bytes | None:
    """A masked copy of a file's bytes, or None for a format that cannot be rewritten
    (a PDF: mask the source document and export it again)."""
    suffix = suffix.lower()
    if suffix == ".docx":
        return mask_docx(data)
    if suffix == ".xlsx":
        return mask_xlsx(data)
    if suffix in (".txt", ".csv", ".html", ".htm"):
        text, encoding = _decode(data)
        masked = mask_html(text) if suffix in (".html", ".htm") else mask_text(text)
        return masked.encode("utf-8" if encoding == "utf-8-sig" else encoding)
    return None
