"""A small PDF renderer for Chinese text, shared by the apps that print documents.

Uses reportlab's built-in CID font ``STSong-Light`` (Adobe-GB1), so Chinese renders
with no font files on the server. The API is deliberately generic: a title, then a
list of blocks — ``Para`` (a paragraph, optionally centred/right-aligned), ``Heading``
and ``Table`` (rows of cell strings, the first row a header by default).

    pdf_bytes = render_pdf(title="…", blocks=[Para("…"), Table([["列", "值"], ["a", "1"]])])
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

FONT = "STSong-Light"

_font_registered = False


def _register_font() -> None:
    global _font_registered
    if not _font_registered:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
        _font_registered = True


@dataclass(frozen=True)
class Para:
    text: str
    align: str = "left"  # left, center, right, justify
    size: float = 12
    indent_first_line: bool = False
    space_before: float = 0


@dataclass(frozen=True)
class Heading:
    text: str
    size: float = 14


@dataclass(frozen=True)
class Table:
    rows: list[list[str]]
    header: bool = True
    col_widths: list[float] | None = None  # in points; None: equal widths
    size: float = 10


@dataclass
class Document:
    title: str
    blocks: list = field(default_factory=list)
    subtitle: str = ""
    author: str = ""


_ALIGN = {"left": 0, "center": 1, "right": 2, "justify": 4}


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    def style(name, size, align=0, first=0, before=0, leading=None):
        return ParagraphStyle(
            name,
            fontName=FONT,
            fontSize=size,
            leading=leading or size * 1.6,
            alignment=align,
            firstLineIndent=first,
            spaceBefore=before,
            spaceAfter=size * 0.4,
            wordWrap="CJK",
        )

    return style


def render_pdf(
    *, title: str, blocks: list, subtitle: str = "", author: str = "", pagesize=None
) -> bytes:
    """Render ``title`` and ``blocks`` to PDF bytes (A4 portrait by default)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as RLTable

    _register_font()
    style = _styles()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=pagesize or A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=25 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=author,
    )
    story = [Paragraph(escape(title), style("title", 20, align=1, leading=30))]
    if subtitle:
        story.append(Paragraph(escape(subtitle), style("subtitle", 12, align=1)))
    story.append(Spacer(1, 6 * mm))
    for i, block in enumerate(blocks):
        if isinstance(block, str):
            block = Para(block)
        if isinstance(block, Para):
            st = style(
                f"p{i}",
                block.size,
                align=_ALIGN.get(block.align, 0),
                first=block.size * 2 if block.indent_first_line else 0,
                before=block.space_before,
            )
            text = "<br/>".join(escape(line) for line in block.text.split("\n"))
            story.append(Paragraph(text, st))
        elif isinstance(block, Heading):
            story.append(Paragraph(escape(block.text), style(f"h{i}", block.size, before=6)))
        elif isinstance(block, Table):
            cell = style(f"t{i}", block.size)
            data = [[Paragraph(escape(str(c)), cell) for c in row] for row in block.rows]
            if not data:
                continue
            table = RLTable(data, colWidths=block.col_widths, repeatRows=1 if block.header else 0)
            commands = [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
            if block.header:
                commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")))
            table.setStyle(TableStyle(commands))
            story.append(table)
            story.append(Spacer(1, 4 * mm))
        else:
            raise TypeError(f"unknown block {block!r}")
    doc.build(story)
    return buf.getvalue()
