"""A work order reporting the caller's own words ("来电人称…请回电，或发邮件至…") gives the
caller's mailbox, not an inbox the office offers; an office telling readers where to send
mail keeps its inbox (mailparties._REPLY_TO_ME, privfix24a)."""

from .spans import at, found


def test_caller_reported_asks_for_a_reply_by_mail():
    text = (
        "【来电内容】\n来电人许婉清反映：其档案至今未转入。来电人称上班时间不便接听，"
        "请于下班后回电，或发邮件至xuwanqing0526@163.com。\n"
    )
    assert at(text, "email", "xuwanqing0526@163.com") in found(text, {"email"})


def test_petitioner_expresses_a_wish_for_a_reply():
    text = "投诉人表示希望书面答复，可发送邮件至liuqing_77@126.com，不便接听电话。\n"
    assert at(text, "email", "liuqing_77@126.com") in found(text, {"email"})


def test_office_inbox_for_submissions_stays():
    text = "欢迎社会各界提出意见建议，请于5月30日前发送邮件至rsjzqyj@163.com。\n"
    assert at(text, "email", "rsjzqyj@163.com") not in found(text, {"email"})
