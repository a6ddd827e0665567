"""Masked copies of the files disclosed with a 部分公开 reply (RULES §5, Art. 37).

``mask_file(data, name, keep=...)`` returns a copy with personal data replaced in place:

- text, CSV, HTML, DOCX and XLSX: the text itself is rewritten by ``gongkai.privacy``
  (a DOCX keeps its runs and formatting, an XLSX its cells);
- PDF: a PDF's text cannot be rewritten reliably in place, and a black box drawn over
  live text leaves the text selectable and searchable. Every page that holds a finding
  is therefore **rasterised** (``pdftoppm``, 150 dpi), the findings are painted over in
  the image at the positions ``pdftotext -bbox-layout`` reports, and the page is replaced
  by an image-only page of the same size (reportlab). Pages without findings keep their
  text. An occurrence that cannot be located on its page is reported in ``missed`` and
  the copy is not used: the finding stays open for the reviewer.

``keep(type, text) -> bool`` leaves a finding as it is (kept by the reviewer with a
recorded reason).
"""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from xml.etree import ElementTree

Keep = Callable[[str, str], bool]

TEXT_SUFFIXES = (".txt", ".csv")
HTML_SUFFIXES = (".html", ".htm")
MASKABLE = (".docx", ".xlsx", ".pdf", *TEXT_SUFFIXES, *HTML_SUFFIXES)
DPI = 150


@dataclass
class Masked:
    data: bytes | None  # None: this format cannot be masked
    missed: list[str] = field(default_factory=list)  # findings not located (PDF)


def mask_file(data: bytes, name: str, *, keep: Keep | None = None) -> Masked:
    """A masked copy of one file (see the module docstring)."""
    from gongkai.privacy import mask_docx, mask_html, mask_text, mask_xlsx, scan_file

    suffix = PurePath(name).suffix.lower()
    kw = {"keep": (lambda f: keep(f.type, f.text))} if keep else {}
    if suffix == ".docx":
        return Masked(mask_docx(data, **kw))
    if suffix == ".xlsx":
        return Masked(mask_xlsx(data, **kw))
    if suffix in TEXT_SUFFIXES + HTML_SUFFIXES:
        text, encoding = _decode(data)
        masked = mask_html(text, **kw) if suffix in HTML_SUFFIXES else mask_text(text, **kw)
        return Masked(masked.encode(encoding))
    if suffix == ".pdf":
        targets = [
            f.text
            for f in scan_file(data, name)
            if f.category == "personal" and not (keep and keep(f.type, f.text))
        ]
        return redact_pdf(data, targets)
    return Masked(None)


def _decode(data: bytes) -> tuple[str, str]:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), "utf-8" if encoding == "utf-8-sig" else encoding
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace"), "utf-8"


# --- PDF --------------------------------------------------------------------------------


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _char_weight(ch: str) -> float:
    """Rough advance of a character relative to a CJK one (digits and Latin are narrower)."""
    return 0.55 if ord(ch) < 0x2E80 else 1.0


def _word_boxes(pdf_path: Path, page_no: int) -> list[list[tuple[str, tuple[float, ...]]]]:
    """Lines of one page, each a list of (word, (xMin, yMin, xMax, yMax)) in points."""
    out = subprocess.run(
        [
            "pdftotext",
            "-q",
            "-bbox-layout",
            "-f",
            str(page_no),
            "-l",
            str(page_no),
            str(pdf_path),
            "-",
        ],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    xml = re.sub(rb"<!DOCTYPE[^>]*>", b"", out)
    # pdftotext writes the XML itself (document text escaped, no entities or DTD left)
    root = ElementTree.fromstring(xml)  # noqa: S314
    lines = []
    for line in root.iter():
        if not line.tag.endswith("line"):
            continue
        words = []
        for w in line:
            if w.tag.endswith("word") and w.text:
                box = tuple(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
                words.append((w.text, box))
        if words:
            lines.append(words)
    return lines


def _locate(lines, target: str) -> list[tuple[float, float, float, float]]:
    """Boxes (points, top-left origin) covering every occurrence of ``target``."""
    want = _squash(target)
    boxes = []
    for words in lines:
        chars = []  # (char, word index, position in word)
        for wi, (text, _box) in enumerate(words):
            chars += [(c, wi, k) for k, c in enumerate(text)]
        joined = "".join(c for c, _, _ in chars)
        for m in re.finditer(re.escape(want), joined):
            span = chars[m.start() : m.end()]
            by_word: dict[int, list[int]] = {}
            for _c, wi, k in span:
                by_word.setdefault(wi, []).append(k)
            for wi, ks in by_word.items():
                text, (x0, y0, x1, y1) = words[wi]
                weights = [_char_weight(c) for c in text]
                total = sum(weights) or 1
                a = sum(weights[: min(ks)]) / total
                b = sum(weights[: max(ks) + 1]) / total
                width = x1 - x0
                pad = width / max(len(text), 1) * 0.6
                boxes.append((x0 + a * width - pad, y0 - 1, x0 + b * width + pad, y1 + 1))
    return boxes


def _raster_page(pdf_path: Path, page_no: int, workdir: Path) -> Path:
    stem = workdir / f"p{page_no}"
    subprocess.run(
        [
            "pdftoppm",
            "-q",
            "-r",
            str(DPI),
            "-f",
            str(page_no),
            "-l",
            str(page_no),
            "-png",
            "-singlefile",
            str(pdf_path),
            str(stem),
        ],
        check=True,
        timeout=120,
    )
    return stem.with_suffix(".png")


def _image_page(png: Path, boxes, width_pt: float, height_pt: float) -> bytes:
    """A one-page PDF holding only the page image, with ``boxes`` painted black."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.open(png).convert("RGB")
    sx = image.width / width_pt
    sy = image.height / height_pt
    draw = ImageDraw.Draw(image)
    for x0, y0, x1, y1 in boxes:
        draw.rectangle([x0 * sx, y0 * sy, x1 * sx, y1 * sy], fill="black")
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(width_pt, height_pt))
    pdf.drawImage(ImageReader(image), 0, 0, width=width_pt, height=height_pt)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def redact_pdf(data: bytes, targets: list[str]) -> Masked:
    """``data`` with every page holding one of ``targets`` replaced by a redacted image."""
    from pypdf import PdfReader, PdfWriter

    targets = sorted({t for t in targets if _squash(t)}, key=len, reverse=True)
    if not targets:
        return Masked(data)
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    missed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="gongkai-redact-") as tmp:
        workdir = Path(tmp)
        src = workdir / "in.pdf"
        src.write_bytes(data)
        for index, page in enumerate(reader.pages):
            text = _squash(page.extract_text() or "")
            here = [t for t in targets if _squash(t) in text]
            if not here:
                writer.add_page(page)
                continue
            lines = _word_boxes(src, index + 1)
            boxes = []
            for t in here:
                found = _locate(lines, t)
                if not found:
                    missed.append(t)
                boxes += found
            width = float(page.mediabox.width)
            height = float(page.mediabox.height)
            png = _raster_page(src, index + 1, workdir)
            image_pdf = PdfReader(io.BytesIO(_image_page(png, boxes, width, height)))
            writer.add_page(image_pdf.pages[0])
        out = io.BytesIO()
        writer.write(out)
    return Masked(out.getvalue(), missed)
