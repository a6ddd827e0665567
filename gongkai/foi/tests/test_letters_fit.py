"""Issue 14, letters: no placeholder remedy, A4 pages with GB/T 9704 margins, a letter
number of its own per unit and year, the applicant addressed as 你 / 你单位."""

import io

import docx
import pytest
from django.core.exceptions import ValidationError
from docx.shared import Mm
from pypdf import PdfReader

from gongkai.core.models import Unit
from gongkai.core.services import unit_create
from gongkai.foi import remedies
from gongkai.foi.codes import ApplicantType, Outcome
from gongkai.foi.services import correction_request
from gongkai.foi.tests.conftest import travel
from gongkai.testing import foi_reply


def _docx(letter):
    with letter.docx.open("rb") as fh:
        return docx.Document(io.BytesIO(fh.read()))


def _reply(app, actor, day="2026-10-15"):
    with travel(day):
        return foi_reply(
            actor=actor, application=app, outcome=Outcome.NOT_INTERNAL, reasons="内部事务信息"
        )


# --- remedies -----------------------------------------------------------------------


def test_department_remedies_derived_from_the_unit_tree(dept_a):
    b = remedies.bodies(dept_a)
    assert b["review_body"] == "测试县人民政府"
    assert b["review_address"] == "测试县人民路1号"  # the government's recorded address
    assert b["court"] == "测试县人民法院"
    text = remedies.clause(dept_a)
    assert "向测试县人民政府（地址：测试县人民路1号）申请行政复议" in text
    assert "向测试县人民法院提起行政诉讼" in text
    assert "请在" not in text and "GONGKAI" not in text and "（）" not in text


def test_county_government_is_reviewed_above_and_sued_in_the_intermediate_court(db):
    city = unit_create(name="示例市人民政府", kind=Unit.Kind.GOVERNMENT)
    county = unit_create(parent=city, name="示例县人民政府", kind=Unit.Kind.GOVERNMENT)
    town = unit_create(parent=county, name="示例县东城镇人民政府", kind=Unit.Kind.TOWNSHIP)
    assert remedies.bodies(county)["review_body"] == "示例市人民政府"
    assert remedies.bodies(county)["court"] == "示例市中级人民法院"
    assert remedies.bodies(town)["review_body"] == "示例县人民政府"
    assert remedies.bodies(town)["court"] == "示例县人民法院"


def test_a_letter_whose_remedy_cannot_be_determined_is_refused_with_what_to_do(
    register, editor_a, gov, office
):
    app = register("2026-09-28", actor=office, unit=gov)  # top of the tree: nobody above
    with pytest.raises(ValidationError) as exc:
        _reply(app, office)
    message = str(exc.value)
    assert "测试县人民政府" in message and "行政复议机关" in message and "上级机关" in message
    app.refresh_from_db()
    assert app.status != "replied" and not app.letters.exists()


def test_configured_remedies_per_unit_win_over_the_tree(register, editor_a, gov, office, settings):
    settings.GONGKAI_FOI_REMEDIES = {
        gov.code: {
            "review_body": "某某市人民政府",
            "review_address": "某某市政务中心",
            "court": "某某市中级人民法院",
            "court_address": "某某市法院路1号",
        }
    }
    app = register("2026-09-28", actor=office, unit=gov)
    letter = _reply(app, office)
    assert "向某某市中级人民法院（地址：某某市法院路1号）提起行政诉讼" in letter.body


# --- A4 and layout ------------------------------------------------------------------


def test_letters_are_a4_with_gbt9704_margins_in_docx_and_pdf(register, editor_a):
    letter = _reply(register("2026-09-28"), editor_a)
    for section in _docx(letter).sections:
        assert abs(section.page_width - Mm(210)) < Mm(0.5)
        assert abs(section.page_height - Mm(297)) < Mm(0.5)
        assert abs(section.top_margin - Mm(37)) < Mm(0.5)
        assert abs(section.left_margin - Mm(28)) < Mm(0.5)
        assert abs(section.right_margin - Mm(26)) < Mm(0.5)
        assert abs(section.bottom_margin - Mm(35)) < Mm(0.5)
    with letter.pdf.open("rb") as fh:
        page = PdfReader(io.BytesIO(fh.read())).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_letter_body_font_is_fangsong_sanhao(register, editor_a):
    document = _docx(_reply(register("2026-09-28"), editor_a))
    body = document.paragraphs[3].runs[0]
    assert body.font.size.pt == 16
    east = body._element.rPr.rFonts.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia"
    )
    assert east == "仿宋_GB2312"


# --- numbering ----------------------------------------------------------------------


def test_letters_are_numbered_per_unit_and_year_never_with_the_tracking_number(
    register, editor_a, editor_b, dept_b
):
    a1 = register("2026-09-28")
    a2 = register("2026-09-28")
    b1 = register("2026-09-28", actor=editor_b, unit=dept_b)
    first = _reply(a1, editor_a)
    second = _reply(a2, editor_a)
    other = _reply(b1, editor_b)
    assert first.reference_number == "测试县民政局依申复〔2026〕1号"
    assert second.reference_number == "测试县民政局依申复〔2026〕2号"
    assert other.reference_number == "测试县教育局依申复〔2026〕1号"
    for letter, app in ((first, a1), (second, a2)):
        assert app.tracking_number[3:] not in letter.reference_number
    a3 = register("2027-01-04")
    assert _reply(a3, editor_a, "2027-01-20").reference_number.endswith("〔2027〕1号")


def test_letter_number_pattern_is_configurable(register, editor_a, dept_a, settings):
    dept_a.short_name = "民政"
    dept_a.save()
    settings.GONGKAI_FOI_LETTER_NUMBER = "{unit}依申{kind}〔{year}〕{n}号"
    app = register("2026-09-28")
    with travel("2026-09-29"):
        notice = correction_request(actor=editor_a, application=app, items="请写明文号")
    assert notice.reference_number == "民政依申补〔2026〕1号"
    settings.GONGKAI_FOI_LETTER_NUMBER = "示政依复〔{year}〕{n}号"
    assert _reply(register("2026-09-28"), editor_a).reference_number == "示政依复〔2026〕1号"


# --- 你 / 你单位 ----------------------------------------------------------------------


def test_applicant_addressed_as_ni_or_ni_danwei(register, editor_a):
    person = _reply(register("2026-09-28"), editor_a)
    assert "你（单位）" not in person.body and "你申请的政府信息" in person.body
    org = register(
        "2026-09-28",
        applicant_type=ApplicantType.COMMERCIAL,
        applicant_name="示例科技有限公司",
        id_number="91350100M000100Y43",
    )
    letter = _reply(org, editor_a)
    assert "你单位申请的政府信息" in letter.body


# --- rules that were wrong ----------------------------------------------------------


def test_extension_after_the_due_date_is_refused(register, office):
    from gongkai.foi.services import extension_approve

    app = register("2026-09-28")
    assert app.due is not None
    late = app.due.fromordinal(app.due.toordinal() + 1)
    with travel(late), pytest.raises(ValidationError) as exc:
        extension_approve(actor=office, application=app, days=10, reason="需调取档案")
    assert "届满" in str(exc.value)
    with travel(app.due):
        extension_approve(actor=office, application=app, days=10, reason="需调取档案")


def test_fee_notice_after_the_due_date_is_refused(register, editor_a):
    from gongkai.foi.services import fee_assess, fee_notice

    app = register("2026-09-28")
    with travel("2026-10-09"):
        fee_assess(actor=editor_a, application=app, method="per_volume", pages=200)
    late = app.due.fromordinal(app.due.toordinal() + 1)
    with travel(late), pytest.raises(ValidationError) as exc:
        fee_notice(actor=editor_a, application=app)
    assert "届满" in str(exc.value)


def test_monthly_fee_count_is_per_applicant_per_unit(register, editor_a, editor_b, dept_b):
    from gongkai.foi.services import monthly_ordinal

    for _ in range(3):
        register("2026-09-28")
    other = register("2026-09-29", actor=editor_b, unit=dept_b)
    same = register("2026-09-29")
    assert monthly_ordinal(other) == 1
    assert monthly_ordinal(same) == 4


def test_template_preview_shows_the_letter_without_saving(client, office):
    from django.urls import reverse

    from gongkai.foi.models import LetterTemplate

    client.force_login(office)
    url = reverse("foi:template_edit", args=["reply:disclosed"])
    page = client.post(url, {"body": "经审查，予以公开。{delivery}", "preview": "1"})
    html = page.content.decode()
    assert "template-preview" in html and "经审查，予以公开。电子文件随本答复书一并提供" in html
    assert "张三" in html and "申请行政复议" in html
    assert not LetterTemplate.objects.exists()


def test_provisional_correction_deadline_is_said_and_never_lapses_before_the_calendar(
    register, editor_a
):
    import datetime as dt

    from gongkai.core.services import calendar_load
    from gongkai.foi.services import lapse_overdue

    app = register("2026-12-10")
    with travel("2026-12-14"):
        letter = correction_request(actor=editor_a, application=app, items="请写明文号", days=15)
    app.refresh_from_db()
    assert app.correction_due_on.year == 2027
    assert "暂定" in letter.body
    assert lapse_overdue(today=dt.date(2027, 3, 1)) == 0  # 2027 not loaded: no lapse
    app.refresh_from_db()
    assert app.status == "correction"
    calendar_load(actor=None, rows=[(dt.date(2027, 1, 1), "holiday", "元旦", "")], source="测试")
    with travel("2027-03-01"):
        assert lapse_overdue(today=dt.date(2027, 3, 1)) == 1
