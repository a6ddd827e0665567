"""Reading a Word document in the official layout (GB/T 9704) into a draft.

The layout, top to bottom: 发文机关标志 ("示范县人民政府办公室文件"), 发文字号, 标题 (one or
more centred lines), 主送机关 (a line ending in a colon), 正文, 附件说明 ("附件：1．…"),
发文机关署名, 成文日期, 附注 ("（此件公开发布）"), and the 版记 (抄送, 印发). The header parts
and the date fill the metadata; the body from 主送机关 to 附注 becomes clean HTML (headings,
lists and tables, no Word styles); pictures and embedded files are returned as files.
"""

from __future__ import annotations

import datetime as dt
import html as htmllib
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError

from gongkai.publishing.importing.decide import TITLE_END, guess_kind, organ_like
from gongkai.publishing.importing.textutil import date_only, doc_number_only, squash

ATTRIBUTE_NOTES = (
    ("依申请公开", "on_request"),
    ("不予公开", "withheld"),
    ("公开发布", "proactive"),
    ("主动公开", "proactive"),
)
IMAGE_MARK = "\x00IMG{}\x00"


@dataclass
class WordFile:
    name: str
    data: bytes
    image: bool = False


@dataclass
class WordDocument:
    title: str = ""
    organ: str = ""
    doc_number: str = ""
    addressee: str = ""
    written_on: dt.date | None = None
    note: str = ""
    attribute: str = ""
    kind: str = "other"
    attachment_names: list[str] = field(default_factory=list)
    files: list[WordFile] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    blocks: list[str] = field(default_factory=list)  # HTML with image marks

    def body_html(self, image_urls: dict[int, str] | None = None) -> str:
        html = "".join(self.blocks)
        images = [f for f in self.files if f.image]
        for n, f in enumerate(images):
            url = (image_urls or {}).get(n)
            alt = htmllib.escape(f.name)
            html = html.replace(
                IMAGE_MARK.format(n),
                f'<img src="{url}" alt="{alt}">' if url else f"［图片：{alt}］",
            )
        return html

    @property
    def found(self) -> list[str]:
        names = {"title": "标题", "organ": "发文机关", "doc_number": "发文字号",
                 "addressee": "主送机关", "written_on": "成文日期", "note": "附注"}  # fmt: skip
        return [label for key, label in names.items() if getattr(self, key)]

    @property
    def missing(self) -> list[str]:
        names = {"title": "标题", "organ": "发文机关", "doc_number": "发文字号",
                 "written_on": "成文日期"}  # fmt: skip
        out = [label for key, label in names.items() if not getattr(self, key)]
        return out + ([] if self.blocks else ["正文"])


def _open(data: bytes):
    import docx

    if not data[:2] == b"PK":
        raise ValidationError(
            "无法读取该文件：请上传 .docx 格式的文档（.doc 或 .wps 文档请先另存为 .docx）"
        )
    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ValidationError("无法读取该文档，文件可能已损坏或不是 .docx 格式") from exc


def _iter_blocks(document):
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, document)
        elif child.tag == qn("w:tbl"):
            yield Table(child, document)


class _Reader:
    def __init__(self, document):
        self.document = document
        self.doc = WordDocument()
        self._image_parts: dict[str, int] = {}

    # -- inline content ---------------------------------------------------------------
    def _images_in(self, element) -> list[str]:
        from docx.oxml.ns import qn

        marks = []
        for blip in element.xpath(".//a:blip"):
            rid = blip.get(qn("r:embed"))
            part = self.document.part.related_parts.get(rid) if rid else None
            if part is None:
                continue
            key = str(part.partname)
            if key not in self._image_parts:
                n = sum(1 for f in self.doc.files if f.image)
                self._image_parts[key] = n
                self.doc.files.append(WordFile(PurePosixPath(key).name, part.blob, image=True))
            marks.append(IMAGE_MARK.format(self._image_parts[key]))
        return marks

    def _inline(self, paragraph) -> str:
        out = []
        for run in paragraph.iter_inner_content():
            runs = run.runs if hasattr(run, "runs") else [run]  # hyperlinks hold runs
            for r in runs:
                text = htmllib.escape(r.text or "")
                if text:
                    if r.bold:
                        text = f"<strong>{text}</strong>"
                    if r.italic:
                        text = f"<em>{text}</em>"
                    if r.underline:
                        text = f"<u>{text}</u>"
                    out.append(text)
                out.extend(self._images_in(r._r))
        return re.sub(r"</strong><strong>|</em><em>|</u><u>", "", "".join(out)).strip()

    # -- block content ----------------------------------------------------------------
    def _list_kind(self, paragraph) -> str | None:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        ppr = paragraph._p.pPr
        if ppr is None or ppr.numPr is None:
            if "List Bullet" in style or "项目符号" in style:
                return "ul"
            if "List Number" in style or "编号" in style:
                return "ol"
            return None
        if "Bullet" in style:
            return "ul"
        if "Number" in style:
            return "ol"
        return self._num_format(ppr.numPr)

    def _num_format(self, num_pr) -> str:
        from docx.oxml.ns import qn

        try:
            num_id = num_pr.numId.val
            numbering = self.document.part.numbering_part.element
            num = numbering.xpath(f'./w:num[@w:numId="{num_id}"]')[0]
            abstract = num.xpath("./w:abstractNumId")[0].get(qn("w:val"))
            fmt = numbering.xpath(
                f'./w:abstractNum[@w:abstractNumId="{abstract}"]/w:lvl[@w:ilvl="0"]/w:numFmt'
            )[0].get(qn("w:val"))
        except (AttributeError, IndexError, KeyError, NotImplementedError):
            return "ul"
        return "ul" if fmt in ("bullet", "none") else "ol"

    def _heading_level(self, paragraph) -> int | None:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        m = re.match(r"(?:Heading|标题)\s*(\d)", style)
        if m:
            return min(max(int(m.group(1)) + 1, 2), 4)
        text = paragraph.text.strip()
        if re.match(r"^[一二三四五六七八九十]+、", text) and len(text) <= 40 and "。" not in text:
            return 3
        return None

    def _table(self, table) -> str:
        rows_html = []
        origin: dict[int, dict] = {}
        grid: list[list[dict]] = []
        for tr in table._tbl.tr_lst:
            col = 0
            row = []
            for tc in tr.tc_lst:
                span = tc.grid_span or 1
                merge = tc.vMerge
                if merge == "continue" and col in origin:
                    origin[col]["rowspan"] += 1
                else:
                    from docx.table import _Cell

                    cell = _Cell(tc, table)
                    parts = [self._inline(p) for p in cell.paragraphs]
                    cell_html = "<br>".join(p for p in parts if p)
                    entry = {"html": cell_html, "colspan": span, "rowspan": 1}
                    row.append(entry)
                    origin[col] = entry
                col += span
            grid.append(row)
        for row in grid:
            cells = []
            for c in row:
                attrs = (f' colspan="{c["colspan"]}"' if c["colspan"] > 1 else "") + (
                    f' rowspan="{c["rowspan"]}"' if c["rowspan"] > 1 else ""
                )
                cells.append(f"<td{attrs}>{c['html']}</td>")
            rows_html.append("<tr>" + "".join(cells) + "</tr>")
        return "<table><tbody>" + "".join(rows_html) + "</tbody></table>"

    # -- the layout -------------------------------------------------------------------
    def read(self) -> WordDocument:
        from docx.table import Table

        blocks = list(_iter_blocks(self.document))
        texts = [("" if isinstance(b, Table) else b.text.strip()) for b in blocks]
        i = self._header(blocks, texts)
        end = self._tail(blocks, texts, i)
        self._body(blocks, texts, i, end)
        doc = self.doc
        doc.kind = guess_kind(doc.title)
        for part in self.document.part.package.iter_parts():
            name = str(part.partname)
            if name.startswith("/word/embeddings/"):
                base = PurePosixPath(name).name
                if base.lower().endswith(".bin"):
                    doc.warnings.append(f"嵌入对象“{base}”无法单独保存，请另行上传原文件")
                else:
                    doc.files.append(WordFile(base, part.blob))
        return doc

    def _header(self, blocks, texts) -> int:
        """Read 机关标志, 发文字号 and 标题; return where the body starts."""
        doc = self.doc
        n = len(blocks)
        i = 0
        while i < n and not texts[i] and not self._is_table(blocks[i]):
            i += 1
        # 发文机关标志 and 发文字号 (either may be missing).
        for _ in range(4):
            if i >= n:
                break
            s = squash(texts[i])
            if doc_number_only(s):
                doc.doc_number = doc_number_only(s)
            elif s.endswith("文件") and organ_like(s[:-2]) or (organ_like(s) == s and s):
                if not doc.organ:
                    doc.organ = organ_like(s[:-2]) if s.endswith("文件") else s
            else:
                break
            i += 1
            while i < n and not texts[i] and not self._is_table(blocks[i]):
                i += 1
        # 标题: up to three lines, until one ends like a title.
        title_parts = []
        while i < n and len(title_parts) < 3 and texts[i] and not self._is_table(blocks[i]):
            s = texts[i]
            if re.search(r"[：:]$", s) or re.search(r"[。；]", s) or len(s) > 80:
                break
            title_parts.append(s)
            i += 1
            if TITLE_END.search(squash("".join(title_parts))):
                break
        doc.title = "".join(title_parts).strip()
        while i < n and not texts[i] and not self._is_table(blocks[i]):
            i += 1
        if i < n and re.search(r"[：:]$", texts[i]) and len(texts[i]) <= 120:
            doc.addressee = texts[i].rstrip("：:")
        return i

    @staticmethod
    def _is_table(block) -> bool:
        from docx.table import Table

        return isinstance(block, Table)

    def _tail(self, blocks, texts, start) -> int:
        """Read 附件说明, 署名, 成文日期 and 附注; return where the 版记 starts."""
        doc = self.doc
        end = len(blocks)
        for j in range(start, len(blocks)):
            s = squash(texts[j])
            if re.match(r"^(抄送|抄报|分送)[：:]", s) or re.search(
                r"\d{4}年\d{1,2}月\d{1,2}日印发$", s
            ):
                end = j
                break
        for j in range(start, end):
            s = squash(texts[j])
            if re.match(r"^附件\d*[：:]", s):
                first = re.sub(r"^附件\d*[：:]\s*(?:\d+[.．、])?", "", s)
                if first:
                    doc.attachment_names.append(first)
                k = j + 1
                while k < end and re.match(r"^\d+[.．、]", squash(texts[k])):
                    doc.attachment_names.append(re.sub(r"^\d+[.．、]", "", squash(texts[k])))
                    k += 1
                break
        for j in range(start, end):
            day = date_only(texts[j])
            if day is None:
                continue
            doc.written_on = day
            k = j - 1
            while k >= start and not texts[k]:
                k -= 1
            signer = squash(texts[k]) if k >= start else ""
            if signer and organ_like(signer) == signer:
                doc.organ = doc.organ or signer
            for m in range(j + 1, min(end, j + 4)):
                s = squash(texts[m])
                if re.fullmatch(r"[（(].{1,40}[)）]", s):
                    doc.note = s
                    doc.attribute = next((v for w, v in ATTRIBUTE_NOTES if w in s), "")
                    break
        return end

    def _body(self, blocks, texts, start, end) -> None:
        out = self.doc.blocks
        list_tag, items = None, []

        def flush():
            nonlocal list_tag, items
            if items:
                out.append(
                    f"<{list_tag}>" + "".join(f"<li>{x}</li>" for x in items) + f"</{list_tag}>"
                )
            list_tag, items = None, []

        for j in range(start, end):
            block = blocks[j]
            if self._is_table(block):
                flush()
                out.append(self._table(block))
                continue
            inner = self._inline(block)
            if not inner:
                continue
            kind = self._list_kind(block)
            if kind:
                if list_tag and list_tag != kind:
                    flush()
                list_tag = kind
                items.append(inner)
                continue
            flush()
            level = self._heading_level(block)
            out.append(f"<h{level}>{inner}</h{level}>" if level else f"<p>{inner}</p>")
        flush()


def parse_docx(data: bytes) -> WordDocument:
    """The metadata, clean body and files of a .docx in the official layout."""
    return _Reader(_open(data)).read()
