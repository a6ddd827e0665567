"""A courier named after the express trade's job titles 收派员 and 派件员, like 快递员 and
投递员 before them, is a private person (patterns.WEAK_CUES, privfix24a); the titles alone
name no one."""

from .spans import at, found


def test_pickup_courier_in_a_complaint_export():
    text = '{"ssbh": "S-0912", "ssnr": "快件延误三天", "sjry": "收派员甘志坚", "cljg": "免运费"}\n'
    assert at(text, "name", "甘志坚") in found(text, {"name"})


def test_delivery_courier_in_prose():
    text = "经核实，派件员覃国栋未经收件人同意将快件放至驿站，企业已对其批评教育。\n"
    assert at(text, "name", "覃国栋") in found(text, {"name"})


def test_titles_alone_name_no_one():
    text = "各网点应加强对收派员、派件员的培训，规范投递行为。\n"
    assert found(text, {"name"}) == []
