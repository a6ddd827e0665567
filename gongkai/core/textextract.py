"""Plain text out of uploaded files (PDF text layer, DOCX, XLSX, HTML, text).

Used for search indexing and privacy scanning of attachments. Returns "" for a format
it cannot read (an image, a scanned PDF without a text layer) rather than failing.
"""

from __future__ import annotations

import io
import logging
from pathlib import PurePath

logger = logging.getLogger(__name__)

TEXT_LIMIT = 5_000_000  # characters kept from one file


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join((page.extract_text() or "") for page in reader.pages)


def _docx(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = _margins(document, ("header", "first_page_header", "even_page_header"))
    parts += [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [_row(row) for row in table.rows]
    parts += _margins(document, ("footer", "first_page_footer", "even_page_footer"))
    return "\n".join(parts)


def _row(row) -> str:
    """A table's row on one line: its cells by tabs, a cell's paragraphs ("张三" over its
    phone) by a space, so that the row's columns stay under their header. A merged cell
    (gridSpan, vMerge) stands in every grid column it covers (python-docx repeats it)."""
    return "\t".join(cell.text.replace("\n", " ") for cell in row.cells)


def _margins(document, names: tuple[str, ...]) -> list[str]:
    """Page headers or footers, each once: a "内部资料 注意保存" header is the document's."""
    seen: dict[str, None] = {}
    for section in document.sections:
        for name in names:
            part = getattr(section, name)
            if part.is_linked_to_previous:  # no text of its own (reading would add one)
                continue
            lines = [p.text for p in part.paragraphs]
            for table in part.tables:
                lines += [_row(row) for row in table.rows]
            text = "\n".join(line for line in lines if line.strip())
            if text:
                seen[text] = None
    return list(seen)


def _xlsx(data: bytes) -> str:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    lines = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells = ["" if v is None else str(v) for v in row]
            if any(cells):
                lines.append("\t".join(cells))
    book.close()
    return "\n".join(lines)


def _html(data: bytes) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(data.decode("utf-8", errors="replace"))
    for node in tree.css("script, style"):
        node.decompose()
    return tree.body.text(separator="\n") if tree.body else ""


def _text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


_READERS = {
    ".pdf": _pdf,
    ".docx": _docx,
    ".xlsx": _xlsx,
    ".html": _html,
    ".htm": _html,
    ".txt": _text,
    ".csv": _text,
}


class UnreadableFile(ValueError):
    """A file of a supported kind that cannot be read; the message is for the user."""


def read_text(data: bytes, filename: str, *, limit: int | None = TEXT_LIMIT) -> str:
    """Text of a file by its extension ("" if unsupported); a damaged file raises.

    ``limit=None`` keeps the whole text (the command-line scan reads large files whole).
    """
    suffix = PurePath(filename).suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        return ""
    try:
        text = reader(data)
    except Exception as exc:
        kind = suffix.lstrip(".").upper()
        raise UnreadableFile(f"无法读取此 {kind} 文件：文件已损坏、加密或不是 {kind} 格式") from exc
    return text if limit is None else text[:limit]


def extract_text(data: bytes, filename: str) -> str:
    """Text of a file by its extension; "" when unreadable or unsupported."""
    try:
        return read_text(data, filename)
    except UnreadableFile as exc:  # a damaged upload must not break publishing
        logger.warning("text extraction failed for %s: %s", filename, exc.__cause__)
        return ""
