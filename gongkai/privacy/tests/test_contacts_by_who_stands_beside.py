"""Contacts decided by who stands beside them: a mailbox in brackets after a name that
closes longer words ("由李某的同学X（…@…）"), a form's sign-off rows then its contact
line (the preparer's office), a number whose bracket goes on to name an office."""

import pytest

from .spans import at, found


@pytest.mark.parametrize(
    "lead", ["由韦强的同学", "经村委会推荐的", "其邻居", "本次递补人员为外县的"]
)
def test_a_mailbox_after_a_name_closing_longer_words(lead):
    text = f"　　另：{lead}覃春燕（qcy_1990@qq.com）递补。"
    assert at(text, "email", "qcy_1990@qq.com") in found(text, ["email"])


def test_a_units_mailbox_after_a_unit_in_words_stays_the_units():
    text = "请与县农业农村局办公室（nyj_office@163.com）联系。"
    assert found(text, ["email"]) == []


@pytest.mark.parametrize(
    "signoff", ["制表人：韦强", "填表：韦强\t审核：黄敏", "填报人：韦强　　复核人：黄敏"]
)
@pytest.mark.parametrize("sep", ["\t", " | "])
def test_the_contact_line_under_a_forms_signoff_is_the_units(signoff, sep):
    rows = [["序号", "姓名", "联系电话"], ["1", "覃春燕", "0771-5823361"]]
    body = "\n".join(sep.join(r) for r in rows)
    text = f"{body}\n\n{signoff}\n联系电话：0771-5801234\n"
    got = found(text, ["landline"])
    assert at(text, "landline", "0771-5801234") not in got
    assert at(text, "landline", "0771-5823361") in got


@pytest.mark.parametrize("office", ["村委会办公室", "值班室", "镇政府总机"])
def test_a_number_whose_bracket_names_an_office(office):
    text = f"村报账员：覃春燕（联系电话0771-5823361，{office}）"
    assert found(text, ["landline"]) == []


@pytest.mark.parametrize("note", ["家中座机", "本人", "其父亲"])
def test_a_number_whose_bracket_names_the_person_stays(note):
    text = f"申请人：覃春燕（联系电话0771-5823361，{note}）"
    assert at(text, "landline", "0771-5823361") in found(text, ["landline"])
