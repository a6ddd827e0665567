"""A mailbox the office received a letter from is the sender's, even in the office's lines."""

from .spans import at, found


def test_mailbox_the_office_received_from_is_the_senders():
    for text in (
        "本机关于2026年3月2日收到您通过电子邮件（lhq_1978@163.com）提交的政府信息公开申请。\n",
        "我局接到你以电子邮箱(lhq_1978@163.com)发来的反映材料，现答复如下。\n",
        "本办收悉申请人使用邮件（lhq_1978@163.com）递交的申请书。\n",
    ):
        assert found(text, ["email"]) == [at(text, "email", "lhq_1978@163.com")], text


def test_the_offices_own_mailbox_for_submissions_stays_out():
    for text in (
        "本机关受理申请的方式：请通过电子邮件（zwgk_lq@163.com）提交申请表。\n",
        "本机关收到申请后，将通过电子邮件（zwgk_lq@163.com）告知本局处理结果。\n",
        "本局已收到材料，咨询邮箱（zwgk_lq@163.com）。\n",
    ):
        assert found(text, ["email"]) == [], text
