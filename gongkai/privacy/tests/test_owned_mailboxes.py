"""A mailbox said to be a person's: "<name>的邮箱…" (issue 16)."""

from .spans import at, found


def mails(text):
    return found(text, ["email"])


def test_a_persons_mailbox_by_the_possessive():
    texts = [
        ("异议可发送至筹备组组长李文涛的邮箱liwentao88@163.com。", "liwentao88@163.com"),
        ("材料请发到业主代表王海燕的个人邮箱：whyan_0412@qq.com", "whyan_0412@qq.com"),
        ("联系申请人张晓梅的电子邮箱 zxm1990@126.com 补正", "zxm1990@126.com"),
    ]
    for text, box in texts:
        assert mails(text) == [at(text, "email", box)], text


def test_units_and_officials_mailboxes_stay_the_offices():
    texts = [
        "异议可发送至社区居委会办公室的邮箱sqjwh@163.com。",
        "可发送至县政府办公室的电子邮箱：xzfbgs@126.com",
        "意见可发送至本局局长王军的邮箱wangjun@126.com。",
    ]
    for text in texts:
        assert mails(text) == [], text


def test_a_forms_sample_mailbox_is_no_ones():
    for text in (
        "电子邮箱：xxx@xxx.com（请填写本人常用邮箱）",
        "填表示例：邮箱 xx@163.com",
        "联系邮箱：zhangsan@xxxx.com",
        "个人邮箱：aaaa@qq.com",
    ):
        assert mails(text) == [], text


def test_real_mailboxes_beside_samples_stay():
    text = "个人邮箱：qq12345@qq.com；示例：xxx@xxx.com"
    assert mails(text) == [at(text, "email", "qq12345@qq.com")]
    text = "本人邮箱：xxl_1988@126.com"
    assert mails(text) == [at(text, "email", "xxl_1988@126.com")]
