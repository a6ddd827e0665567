"""Issue 14, delivery: the disclosed files are masked in place for 部分公开, the reply is
refused while an unmasked finding has no recorded reason, and the PDF text is really gone."""

import io

import docx
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from gongkai.core.pdf import Para, render_pdf
from gongkai.foi.codes import Outcome
from gongkai.foi.models import DisclosedFile
from gongkai.foi.redact import mask_file, redact_pdf
from gongkai.foi.services import file_attach
from gongkai.foi.tests.conftest import ID_NUMBER, travel
from gongkai.testing import foi_reply

MOBILE = "13912345678"
LINE = f"低保对象李四，身份证号{ID_NUMBER}，联系电话{MOBILE}。"


def _docx(*lines: str) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def _pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _read(field) -> bytes:
    with field.open("rb") as fh:
        return fh.read()


def _upload(name: str, data: bytes):
    return SimpleUploadedFile(name, data)


def test_partly_reply_masks_the_docx_in_place_and_the_number_is_gone(register, editor_a):
    """The case of the issue: 部分公开 with a DOCX holding two findings."""
    app = register("2026-09-28")
    with travel("2026-10-15"):
        foi_reply(
            actor=editor_a,
            application=app,
            outcome=Outcome.PARTLY,
            reasons="涉及个人隐私的部分不予公开",
            files=[_upload("名单.docx", _docx("2025年低保发放名单", LINE))],
        )
    item = app.files.get()
    assert len([f for f in item.findings if f["type"] in ("id_card", "mobile")]) == 2
    masked = _docx_text(_read(item.masked))
    assert ID_NUMBER not in masked and MOBILE not in masked
    assert "2025年低保发放名单" in masked  # the rest is untouched
    assert ID_NUMBER in _docx_text(_read(item.file))  # the original stays for the file
    assert item.remaining == []


def test_disclosed_in_full_with_personal_data_is_refused_ticking_is_not_enough(register, editor_a):
    app = register("2026-09-28")
    with travel("2026-10-15"):
        item = file_attach(
            actor=editor_a, application=app, uploaded=_upload("名单.docx", _docx(LINE))
        )
        with pytest.raises(ValidationError) as exc:
            foi_reply(actor=editor_a, application=app, outcome=Outcome.DISCLOSED)
        assert "尚未区分处理" in str(exc.value) and ID_NUMBER in str(exc.value)
        ids = [f"{item.pk}-{n}" for n in range(len(item.findings))]
        # kept without a reason: still refused
        with pytest.raises(ValidationError) as exc:
            foi_reply(
                actor=editor_a,
                application=app,
                outcome=Outcome.DISCLOSED,
                keep=dict.fromkeys(ids, ""),
            )
        assert "须说明理由" in str(exc.value)
    app.refresh_from_db()
    assert app.status == "processing"


def test_findings_kept_with_a_reason_are_recorded_and_the_reply_goes(register, editor_a):
    from gongkai.core.models import AuditEvent

    app = register("2026-09-28")
    with travel("2026-10-15"):
        item = file_attach(
            actor=editor_a, application=app, uploaded=_upload("名单.txt", LINE.encode())
        )
        ids = {f"{item.pk}-{n}": "权利人书面同意公开" for n in range(len(item.findings))}
        foi_reply(actor=editor_a, application=app, outcome=Outcome.DISCLOSED, keep=ids)
    item.refresh_from_db()
    assert set(item.kept) == set(ids)
    assert all(
        k["reason"] == "权利人书面同意公开" and k["by"] == "editor_a" for k in item.kept.values()
    )
    assert AuditEvent.objects.filter(action="foi.findings_kept").exists()


def test_kept_finding_stays_in_the_masked_copy_the_others_go(register, editor_a):
    app = register("2026-09-28")
    with travel("2026-10-15"):
        item = file_attach(
            actor=editor_a, application=app, uploaded=_upload("名单.txt", LINE.encode())
        )
        mobile = next(n for n, f in enumerate(item.findings) if f["type"] == "mobile")
        foi_reply(
            actor=editor_a,
            application=app,
            outcome=Outcome.PARTLY,
            reasons="部分涉及个人隐私",
            keep={f"{item.pk}-{mobile}": "该号码为公开的服务热线"},
        )
    text = _read(DisclosedFile.objects.get(pk=item.pk).masked).decode()
    assert MOBILE in text and ID_NUMBER not in text


def test_secrecy_mark_cannot_be_masked_so_partly_is_refused(register, editor_a):
    app = register("2026-09-28")
    with travel("2026-10-15"):
        file_attach(
            actor=editor_a,
            application=app,
            uploaded=_upload("通知.txt", "机密★1年\n关于开展检查的通知".encode()),
        )
        with pytest.raises(ValidationError) as exc:
            foi_reply(
                actor=editor_a, application=app, outcome=Outcome.PARTLY, reasons="部分不予公开"
            )
    assert "涉密标识" in str(exc.value)


@pytest.mark.parametrize(
    ("name", "make", "read"),
    [
        ("a.txt", lambda: LINE.encode("gb18030"), lambda b: b.decode("gb18030")),
        ("a.html", lambda: f"<p>{LINE}</p>".encode(), lambda b: b.decode()),
        ("a.docx", lambda: _docx(LINE), _docx_text),
    ],
)
def test_mask_file_text_formats(name, make, read):
    out = read(mask_file(make(), name).data)
    assert ID_NUMBER not in out and MOBILE not in out and "低保对象" in out


def test_mask_file_xlsx_cells():
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "身份证号", "电话"])
    sheet.append(["李四", ID_NUMBER, int(MOBILE)])
    out = io.BytesIO()
    book.save(out)
    masked = load_workbook(io.BytesIO(mask_file(out.getvalue(), "a.xlsx").data)).active
    values = [str(c.value) for row in masked.iter_rows() for c in row]
    assert ID_NUMBER not in values and MOBILE not in values and "身份证号" in values


def test_pdf_redaction_removes_the_text_not_just_covers_it():
    original = render_pdf(title="低保名单", blocks=[Para(LINE), Para("本页还有其他公开内容。")])
    assert ID_NUMBER in _pdf_text(original)  # the input really has a text layer
    second_page = render_pdf(title="第二页", blocks=[Para("发放标准每人每月600元。")])
    from pypdf import PdfWriter

    writer = PdfWriter()
    for data in (original, second_page):
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    both = io.BytesIO()
    writer.write(both)

    result = mask_file(both.getvalue(), "名单.pdf")
    assert result.missed == []
    reader = PdfReader(io.BytesIO(result.data))
    assert len(reader.pages) == 2
    text = _pdf_text(result.data)
    assert ID_NUMBER not in text and MOBILE not in text
    # no text survives on the redacted page, the clean page keeps its text layer
    assert (reader.pages[0].extract_text() or "").strip() == ""
    assert "600" in (reader.pages[1].extract_text() or "")
    # and the page is still A4
    assert round(float(reader.pages[0].mediabox.width)) == 595


def test_pdf_redaction_paints_over_the_number_in_the_image():
    """The pixels where the number was printed are black in the rasterised page."""
    import subprocess
    import tempfile
    from pathlib import Path

    from PIL import Image

    from gongkai.foi.redact import _locate, _word_boxes

    data = render_pdf(title="名单", blocks=[Para(LINE)])
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(data)
        boxes = _locate(_word_boxes(src, 1), MOBILE)
        assert boxes
        out = Path(tmp) / "out.pdf"
        out.write_bytes(redact_pdf(data, [MOBILE]).data)
        subprocess.run(
            ["pdftoppm", "-r", "72", "-png", "-singlefile", str(out), str(Path(tmp) / "p")],
            check=True,
        )
        image = Image.open(Path(tmp) / "p.png").convert("L")
        x0, y0, x1, y1 = boxes[0]
        centre = image.getpixel((int((x0 + x1) / 2), int((y0 + y1) / 2)))
    assert centre < 40


def test_partly_reply_with_a_pdf_gives_the_applicant_the_redacted_pdf(register, editor_a):
    app = register("2026-09-28")
    pdf = render_pdf(title="名单", blocks=[Para(LINE)])
    with travel("2026-10-15"):
        foi_reply(
            actor=editor_a,
            application=app,
            outcome=Outcome.PARTLY,
            reasons="部分涉及个人隐私",
            files=[_upload("名单.pdf", pdf)],
        )
    item = app.files.get()
    assert ID_NUMBER not in _pdf_text(_read(item.masked))
    assert item.remaining == []
