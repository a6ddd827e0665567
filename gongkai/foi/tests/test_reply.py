"""Replies: every annual-report outcome (RULES §8), reply letters in DOCX and PDF with
the remedies (RULES §5), editable templates, privacy scan of disclosed files, cases."""

import datetime as dt
import io

import docx
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader

from gongkai.foi.codes import OUTCOME_GROUPS, CaseKind, CaseResult, Outcome
from gongkai.foi.models import Application, Letter
from gongkai.foi.services import (
    application_deliver,
    case_decide,
    case_record,
    file_attach,
    template_save,
)
from gongkai.foi.tests.conftest import travel
from gongkai.testing import foi_reply

D = dt.date.fromisoformat


def docx_text(letter: Letter) -> str:
    with letter.docx.open("rb") as fh:
        document = docx.Document(io.BytesIO(fh.read()))
    return "\n".join(p.text for p in document.paragraphs)


def pdf_text(letter: Letter) -> str:
    with letter.pdf.open("rb") as fh:
        reader = PdfReader(io.BytesIO(fh.read()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_outcome_choices_are_exactly_the_21_report_rows():
    leaves = [o for _label, outcomes in OUTCOME_GROUPS for o in outcomes]
    assert len(leaves) == 21 and set(leaves) == set(Outcome)


@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_outcome_code_replies_with_a_letter(register, editor_a, outcome, settings):
    settings.GONGKAI_FOI_REMEDIES = {
        "review_body": "测试市人民政府",
        "review_address": "测试市行政中心1号",
        "court": "测试县人民法院",
        "court_address": "测试县法院路2号",
    }
    app = register("2026-09-28")
    with travel("2026-10-15"):
        letter = foi_reply(
            actor=editor_a,
            application=app,
            outcome=outcome,
            reasons="依据第十四条",
            legal_basis="《中华人民共和国政府信息公开条例》",
        )
    app.refresh_from_db()
    assert app.status == Application.Status.REPLIED
    assert app.outcome == outcome and app.replied_on == D("2026-10-15")
    assert letter.kind == Letter.Kind.REPLY
    text = docx_text(letter)
    assert "政府信息公开申请答复书" in text
    assert letter.reference_number in text
    assert "张三" in text and "（印章）" in text and "2026年10月15日" in text
    assert "60日内向测试市人民政府（地址：测试市行政中心1号）申请行政复议" in text
    assert "6个月内向测试县人民法院（地址：测试县法院路2号）提起行政诉讼" in text
    assert app.events.filter(kind="reply").exists()


def test_reply_pdf_has_the_chinese_text(register, editor_a):
    app = register("2026-09-28")
    with travel("2026-10-15"):
        letter = foi_reply(actor=editor_a, application=app, outcome=Outcome.DISCLOSED, reasons="")
    text = pdf_text(letter).replace(" ", "").replace("\n", "")
    assert "政府信息公开申请答复书" in text
    assert "予以公开" in text
    assert "行政复议" in text and "行政诉讼" in text
    assert "（印章）" in text


def test_not_disclosed_requires_reasons(register, editor_a):
    app = register("2026-09-28")
    with travel("2026-10-15"), pytest.raises(ValidationError) as exc:
        foi_reply(actor=editor_a, application=app, outcome=Outcome.NOT_PROCESS)
    assert "说明理由" in str(exc.value)


def test_invalid_outcome_refused(register, editor_a):
    app = register("2026-09-28")
    with travel("2026-10-15"), pytest.raises(ValidationError):
        foi_reply(actor=editor_a, application=app, outcome="made_up", reasons="x")


def test_staff_edited_template_is_used(register, editor_a, office):
    with pytest.raises(PermissionDenied):
        template_save(actor=editor_a, key="reply:disclosed", body="x")
    template_save(actor=office, key="reply:disclosed", body="经研究，同意公开。{delivery}。")
    app = register("2026-09-28")
    with travel("2026-10-15"):
        letter = foi_reply(actor=editor_a, application=app, outcome=Outcome.DISCLOSED)
    assert "经研究，同意公开。" in docx_text(letter)


def test_disclosed_files_are_privacy_scanned_before_reply(register, editor_a):
    app = register("2026-09-28")
    with travel("2026-10-15"):
        item = file_attach(
            actor=editor_a,
            application=app,
            uploaded=SimpleUploadedFile(
                "名单.txt", "申请人李四，身份证号11010519491231002X。".encode()
            ),
        )
        assert item.findings and item.scanned_at
        with pytest.raises(ValidationError) as exc:
            foi_reply(actor=editor_a, application=app, outcome=Outcome.DISCLOSED)
        assert "个人信息" in str(exc.value)
        foi_reply(
            actor=editor_a,
            application=app,
            outcome=Outcome.PARTLY,
            reasons="涉及个人隐私部分不予公开",
        )
        app = application_deliver(actor=editor_a, application=app, note="电子邮件")
    assert app.delivered_on == D("2026-10-15")


def test_review_and_litigation_cases_recorded(register, editor_a):
    app = register("2026-09-28")
    with travel("2026-10-15"):
        foi_reply(actor=editor_a, application=app, outcome=Outcome.NOT_INTERNAL, reasons="内部")
    with travel("2026-12-01"):
        case = case_record(
            actor=editor_a,
            application=app,
            kind=CaseKind.REVIEW,
            filed_on=D("2026-11-20"),
            body="测试市人民政府",
        )
        assert case.result == CaseResult.PENDING
        case = case_decide(actor=editor_a, case=case, result=CaseResult.CORRECTED)
    assert case.result == CaseResult.CORRECTED and case.decided_on == D("2026-12-01")


def test_reply_letter_names_how_the_information_is_provided():
    from gongkai.foi.letters import REPLY_DELIVERY
    from gongkai.foi.models import FormWanted

    assert set(REPLY_DELIVERY) == set(FormWanted.values)
