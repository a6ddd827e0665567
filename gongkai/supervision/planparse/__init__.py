"""Plan import: read a work plan (HTML, text, DOCX, XLSX) into a ParsedPlan.

``parse_file(path)`` is the entry point; ``parse_document`` works on blocks already read
(tests build them in memory). The parser is pure and keeps names and deadline phrases as
written; matching units and computing dates is done by ``supervision.matching`` and
``supervision.phrases``.
"""

from __future__ import annotations

from pathlib import Path

from .extract import find_flat_header, flat_tasks, prose_tasks, table_tasks
from .meta import find_issuer, find_title, find_year
from .readers import Document, Table, read_path
from .types import ParsedPlan, ParsedTask

__all__ = ["ParsedPlan", "ParsedTask", "parse_document", "parse_file"]


def parse_document(doc: Document, *, file: str = "") -> ParsedPlan:
    lines = doc.lines()
    title = find_title(lines)
    tasks: list[ParsedTask] = []
    for block in doc.blocks:
        if isinstance(block, Table):
            tasks.extend(table_tasks(block))
    if not tasks:
        text_lines = [b for b in doc.blocks if isinstance(b, str)] or lines
        header = find_flat_header(text_lines)
        if header is not None:
            tasks = flat_tasks(text_lines, header[0], header[1])
        if not tasks:
            tasks = prose_tasks(lines)
    return ParsedPlan(
        file=file,
        title=title,
        issuer=find_issuer(lines, title),
        year=find_year(lines, title),
        tasks=tasks,
    )


def parse_file(path: Path | str) -> ParsedPlan:
    return parse_document(read_path(path), file=str(path))
