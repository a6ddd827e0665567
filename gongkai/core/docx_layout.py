"""Word documents that print like official documents (GB/T 9704-2012 layout).

Every DOCX the platform writes (letters to applicants, the annual report, the website's
yearly report, the 督办单, the 受理回执) starts from :func:`new_document`, which gives:

- an A4 page (210 × 297 mm, or turned for wide tables) with the GB/T 9704 margins
  (天头 37 mm, bottom 35 mm, 订口 28 mm, right 26 mm: a 156 × 225 mm text block);
- black headings in 黑体 and body text in 仿宋 (三号, 28.95 pt lines: 22 lines a page),
  the title in 小标宋, set on the styles themselves — Word's default heading style is
  blue, bold and in theme fonts, which an office suite prints as a web page would;
- the East Asian font named in ``w:rFonts/@w:eastAsia`` (what Word and LibreOffice read
  for Chinese text), with a fallback name in the font table for machines without the
  GB2312 fonts.

Tables: :func:`set_col_widths` fixes the column widths (the office suite otherwise
shares the width equally, and a row label ends up four characters wide), and
:func:`repeat_header` repeats a header row on every page.

python-docx is imported inside the functions, so importing this module costs nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

#: GB/T 9704-2012: A4 and the margins of its 156 × 225 mm text block.
PAGE_MM = (210, 297)
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}

#: Fonts by role; an office suite without them uses the fallback named in the font table.
BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
SUBHEADING_FONT = "楷体_GB2312"
TITLE_FONT = "方正小标宋简体"
LATIN_FONT = "Times New Roman"
FALLBACKS = {
    "仿宋_GB2312": "仿宋",
    "楷体_GB2312": "楷体",
    "方正小标宋简体": "宋体",
    "黑体": "SimHei",
}

#: Chinese type sizes in points.
SIZE_2 = 22  # 二号: title
SIZE_3 = 16  # 三号: body and headings
SIZE_4 = 14  # 四号
SIZE_5 = 10.5  # 五号: table text
SIZE_SMALL_5 = 9  # 小五
LINE_PT = 28.95  # 22 lines in the 225 mm text block

TABLE_STYLE = "表格文字"
TABLE_HEAD_STYLE = "表格标题"


def new_document(*, landscape: bool = False, body_pt: float = SIZE_3, line_pt: float = LINE_PT):
    """A document with an A4 page, GB/T 9704 margins and the official styles: a copy of
    one built once per process for these settings (reading python-docx's default
    template and styling it takes three times as long as copying the result)."""
    import copy

    return copy.deepcopy(_styled_template(landscape, float(body_pt), float(line_pt)))


@functools.lru_cache(maxsize=8)
def _styled_template(landscape: bool, body_pt: float, line_pt: float):
    """The styled empty document that :func:`new_document` copies; never handed out."""
    import docx

    document = docx.Document()
    a4_page(document, landscape=landscape)
    official_styles(document, body_pt=body_pt, line_pt=line_pt)
    return document


def a4_page(document, *, landscape: bool = False) -> None:
    """Every section A4 (portrait, or landscape for wide tables) with GB/T 9704 margins."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    width, height = PAGE_MM
    for section in document.sections:
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Mm(height), Mm(width)
            # the binding edge is the top of a turned page: keep the same text block depth
            section.top_margin, section.bottom_margin = Mm(28), Mm(26)
            section.left_margin, section.right_margin = Mm(37), Mm(35)
        else:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = Mm(width), Mm(height)
            section.top_margin = Mm(MARGINS_MM["top"])
            section.bottom_margin = Mm(MARGINS_MM["bottom"])
            section.left_margin = Mm(MARGINS_MM["left"])
            section.right_margin = Mm(MARGINS_MM["right"])


def text_width_mm(document) -> float:
    """The width of the text block of the document's first section, in millimetres."""
    section = document.sections[0]
    return (section.page_width - section.left_margin - section.right_margin) / 36000


def set_fonts(rpr_owner, east_asian: str, *, latin: str = LATIN_FONT) -> None:
    """Name the fonts of a style or a run explicitly, dropping theme fonts (which win
    over named ones in Word and print as Calibri/等线)."""
    from docx.oxml.ns import qn

    element = getattr(rpr_owner, "element", None)
    if element is None:
        element = rpr_owner._element
    rfonts = element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    rfonts.set(qn("w:cs"), latin)
    rfonts.set(qn("w:eastAsia"), east_asian)


def _black(font) -> None:
    from docx.shared import RGBColor

    font.color.rgb = RGBColor(0, 0, 0)
    color = font.element.rPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}color"
    )
    if color is not None:  # a theme colour would win over the value
        for attr in list(color.attrib):
            if attr.endswith("}themeColor") or attr.endswith("}themeShade"):
                del color.attrib[attr]


def official_styles(document, *, body_pt: float = SIZE_3, line_pt: float = LINE_PT) -> None:
    """Normal: 仿宋 三号; Title: 小标宋 二号 centred; Heading 1: 黑体 三号; Heading 2:
    楷体 三号; all black, not bold; table text styles at 五号, single-spaced."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = Pt(body_pt)
    set_fonts(normal, BODY_FONT)
    _black(normal.font)
    normal.paragraph_format.line_spacing = Pt(line_pt)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)

    for name, font, size, before in (
        ("Title", TITLE_FONT, SIZE_2, 0),
        ("Heading 1", HEADING_FONT, SIZE_3, 8),
        ("Heading 2", SUBHEADING_FONT, SIZE_3, 4),
        ("Heading 3", BODY_FONT, SIZE_3, 0),
    ):
        style = styles[name]
        set_fonts(style, font)
        style.font.size = Pt(size)
        style.font.bold = False
        style.font.italic = False
        _black(style.font)
        fmt = style.paragraph_format
        fmt.space_before = Pt(before)
        fmt.space_after = Pt(0)
        fmt.line_spacing = Pt(line_pt if size <= SIZE_3 else size * 1.5)
        fmt.keep_with_next = True
        if name == "Title":
            fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _no_border(style)

    for name, align in ((TABLE_STYLE, None), (TABLE_HEAD_STYLE, WD_ALIGN_PARAGRAPH.CENTER)):
        if name in [s.name for s in styles]:
            continue
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(SIZE_5)
        fmt = style.paragraph_format
        fmt.line_spacing = 1.0
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(0)
        fmt.first_line_indent = Pt(0)
        if align is not None:
            fmt.alignment = align
    _font_fallbacks(document)


def _no_border(style) -> None:
    """The default Title style draws a blue rule under the title; official titles have none."""
    from docx.oxml.ns import qn

    ppr = style.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)


def _font_fallbacks(document) -> None:
    """Fallback names (``w:altName``) in the font table for the GB2312 and 方正 fonts."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn
    from lxml import etree

    part = document.part
    try:
        font_part = part.part_related_by(RT.FONT_TABLE)
    except KeyError:
        return
    root = etree.fromstring(font_part.blob)
    known = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    for name, alt in FALLBACKS.items():
        if name in known:
            continue
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), name)
        alt_el = etree.SubElement(font, qn("w:altName"))
        alt_el.set(qn("w:val"), alt)
        charset = etree.SubElement(font, qn("w:charset"))
        charset.set(qn("w:val"), "86")  # GB2312
        family = etree.SubElement(font, qn("w:family"))
        family.set(qn("w:val"), "modern" if name != "黑体" else "swiss")
    font_part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def title(document, text: str):
    """The document title (小标宋 二号, centred)."""
    return document.add_paragraph(text, style="Title")


def heading(document, text: str, level: int = 1):
    """A black 黑体 (level 1) or 楷体 (level 2) heading, as official reports print them."""
    return document.add_paragraph(text, style=f"Heading {level}")


def body(document, text: str, *, indent: bool = True):
    """A body paragraph (仿宋 三号), the first line indented two characters."""
    from docx.shared import Pt

    p = document.add_paragraph(text)
    if indent:
        p.paragraph_format.first_line_indent = Pt(SIZE_3 * 2)
    return p


def set_col_widths(table, widths_mm: Sequence[float]) -> None:
    """Fix the table's column widths (fixed layout, grid, every cell, table width).

    Call before merging cells: a horizontal merge adds up the widths of the cells it
    swallows. LibreOffice and Word both honour a fixed layout with these widths.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    if len(widths_mm) != len(table.columns):
        raise ValueError("one width per column")
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for col, width in zip(grid.gridCol_lst, widths_mm, strict=True):
        col.w = Mm(width)
    for row in table.rows:
        for tc, width in zip(row._tr.tc_lst, widths_mm, strict=False):
            tc.width = Mm(width)
    tbl_pr = tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:w"), str(int(round(sum(widths_mm) * 1440 / 25.4))))
    tbl_w.set(qn("w:type"), "dxa")


def cell_margins(table, *, left_mm: float = 1.0, right_mm: float = 1.0) -> None:
    """Narrow the cells' side margins (Word's default is 1.9 mm a side), so that narrow
    number columns hold five digits."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    mar = tbl_pr.find(qn("w:tblCellMar"))
    if mar is None:
        mar = OxmlElement("w:tblCellMar")
        tbl_pr.append(mar)
    for side, mm in (("left", left_mm), ("right", right_mm)):
        el = mar.find(qn(f"w:{side}"))
        if el is None:
            el = OxmlElement(f"w:{side}")
            mar.append(el)
        el.set(qn("w:w"), str(int(round(mm * 1440 / 25.4))))
        el.set(qn("w:type"), "dxa")


def repeat_header(rows: Iterable) -> None:
    """Mark rows as header rows (``w:tblHeader``): repeated at the top of every page, and
    never split across pages."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for row in rows:
        tr_pr = row._tr.get_or_add_trPr()
        for tag in ("w:cantSplit", "w:tblHeader"):
            if tr_pr.find(qn(tag)) is None:
                tr_pr.append(OxmlElement(tag))


def keep_rows_whole(table) -> None:
    """No row of the table breaks across a page (``w:cantSplit``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        if tr_pr.find(qn("w:cantSplit")) is None:
            tr_pr.append(OxmlElement("w:cantSplit"))


def _paragraph_style_id(part, name: str) -> str | None:
    """The id of the paragraph style called ``name``, looked up once per document part:
    python-docx reads every style of the document on each assignment by name (twice: to
    find it, then to see whether it is the default), which made filling a table of a few
    hundred cells take seconds. The id is what ``paragraph.style = name`` stores."""
    from docx.enum.style import WD_STYLE_TYPE

    found = part.__dict__.setdefault("_gongkai_paragraph_style_ids", {})
    if name not in found:
        found[name] = part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH)
    return found[name]


def cell_text(
    cell, text: str, *, style: str = TABLE_STYLE, align=None, size_pt: float | None = None
) -> None:
    """Set a cell's text in a table style (optionally another size), vertically centred."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.shared import Pt

    cell.text = text
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    style_id = _paragraph_style_id(cell.part, style)
    for p in cell.paragraphs:
        p._p.style = style_id
        if align is not None:
            p.alignment = align
        if size_pt is not None:
            for run in p.runs:
                run.font.size = Pt(size_pt)


def to_bytes(document) -> bytes:
    import io

    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
