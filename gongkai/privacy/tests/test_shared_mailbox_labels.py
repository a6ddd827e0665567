"""A mailbox labelled a unit's shared one (公共邮箱, 对公邮箱, 官方邮箱) right before it is the
unit's even on a free host (163, qq); a person's mailbox beside it stays theirs."""

from .spans import at, found


def test_shared_label_before_the_mailbox():
    for label in ("公共邮箱", "对公电子邮箱：", "官方邮箱 ", "公用信箱："):
        text = (
            "委员：汪秀琴，电子邮箱：wangxiuqin72@126.com\n"
            f"业委会办公地点：小区会所2楼（业委会公共电话0576-88639977，{label}yzwyh2026@163.com）\n"
        )
        got = found(text, ["email"])
        assert at(text, "email", "yzwyh2026@163.com") not in got, label
        assert at(text, "email", "wangxiuqin72@126.com") in got, label


def test_a_persons_mailbox_after_other_words_stays():
    text = "楼栋长：汪秀琴，原公共邮箱已停用，现用邮箱：wangxiuqin72@126.com\n"
    assert at(text, "email", "wangxiuqin72@126.com") in found(text, ["email"])
