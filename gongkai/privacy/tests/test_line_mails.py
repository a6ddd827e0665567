"""A mailbox on a line whose person and phone were judged no one's (``linemail``)."""

from __future__ import annotations

from gongkai.privacy import scan_text


def _found(text: str, kind: str) -> list[str]:
    return [f.text for f in scan_text(text, allow=[]) if f.type == kind]


_TABLE = (
    "序号\t姓名\t身份证号\t手机\n"
    "1\t韩德福\t420102193502110037\t13807110011\n"
    "2\t鲁桂香\t420102194007230020\t13807110022\n\n"
)


def test_footer_of_an_office_post_tab():
    text = _TABLE + "服务站负责人：梁文博\t联系电话：027-86551234\t邮箱：fwzzz@163.com\n"
    assert "fwzzz@163.com" not in _found(text, "email")


def test_footer_spaced():
    text = _TABLE + "窗口负责人：梁文博　　办公电话：027-86551234　　电子邮箱：ckfz2024@163.com\n"
    assert "ckfz2024@163.com" not in _found(text, "email")


def test_a_persons_line_keeps_its_box():
    text = "联系人：梁文博　手机：13807110099　邮箱：liangwb88@163.com\n"
    assert "liangwb88@163.com" in _found(text, "email")


def test_a_box_without_a_person_label_stays():
    text = "其女联系电话：027-86551234转2316　邮箱：hanxiaoyu2004@163.com\n"
    assert "hanxiaoyu2004@163.com" in _found(text, "email")
