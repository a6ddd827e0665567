"""An exported public mailbox: its own address is the unit's, the writers' are theirs."""

from .spans import at, found


def _mail(sender, to, cc="", sep=":"):
    lines = [f"发件人{sep} {sender}", f"收件人{sep} {to}"]
    if cc:
        lines.append(f"抄送{sep} {cc}")
    return "\n".join(lines) + "\n日期: 2026-03-02 10:00\n\n来信收悉。\n\n------\n"


def test_the_box_answering_many_writers_is_the_units():
    box = "xzfwzx2025@126.com"
    text = (
        "某县行政服务中心 公众邮箱 导出\n\n"
        + _mail("王某某 <wangmm88@163.com>", box, sep="：")
        + _mail(box, "王某某 <wangmm88@163.com>", sep="：")
        + _mail("lihua_77@sina.cn", box, cc="zhaoqiang@qq.com", sep="：")
        + f"（本邮箱为单位工作邮箱：{box}）\n"
    )
    got = found(text, ["email"])
    assert not any(text[s:e] == box for _, s, e in got)
    for own in ("wangmm88@163.com", "lihua_77@sina.cn", "zhaoqiang@qq.com"):
        assert at(text, "email", own) in got


def test_a_box_named_by_a_unit_in_the_header_is_the_units():
    text = _mail("刘某 <liu.y1990@yeah.net>", "某县民政局办公室 <mzjbgs@163.com>")
    got = found(text, ["email"])
    assert got == [at(text, "email", "liu.y1990@yeah.net")]


def test_a_writer_in_every_message_of_one_thread_keeps_his_box():
    # two messages between one person and the office: no box answers two writers
    text = _mail("sunli1988@163.com", "gzxx@126.com") + _mail("gzxx@126.com", "sunli1988@163.com")
    assert at(text, "email", "sunli1988@163.com") in found(text, ["email"])


def test_a_person_writing_to_two_offices_in_one_message_each_keeps_his_box():
    text = _mail("chenfang66@qq.com", "甲局 <ja@163.com>") + _mail(
        "zhou_wei@163.com", "乙局 <yj@163.com>"
    )
    got = found(text, ["email"])
    assert at(text, "email", "chenfang66@qq.com") in got
    assert at(text, "email", "zhou_wei@163.com") in got
