"""A case's official named on a record's own line ("承办仲裁员：X" closing each record of a
受理登记 print, "书记员：Y") acts in office as in a register's column, and the clerk who
printed the register ("打印人：X" at its head) as its maker does; the records' parties,
agents and a person with a mobile on the official's line stay names (privfix19g)."""

from .spans import found, names

_RECORD = (
    "申请人：{p}\n公民身份号码：110105198803157716\n联系电话：13712345608\n"
    "委托代理人：{a}（妹妹）\n被申请人：某市鼎盛机械制造有限公司\n受理日期：2022-05-09\n"
    "{post}：{o}\n\n"
)


def _register(post: str) -> str:
    return (
        "某市劳动人事争议仲裁委员会\n案件受理登记（系统打印件）\n"
        "打印范围：2022年5月　　打印人：郁德明\n\n"
        + _RECORD.format(p="钟立人", a="钟晓雯", post=post, o="鲁建勋")
        + _RECORD.format(p="邵国梁", a="邵秋菊", post=post, o="贺云舟")
    )


def test_the_arbitrator_of_each_record_and_the_printer_are_in_office():
    text = _register("承办仲裁员")
    assert found(text, {"name"}) == names(text, "钟立人", "钟晓雯", "邵国梁", "邵秋菊")


def test_a_clerk_and_a_mediator_on_their_lines_too():
    for post in ("书记员", "人民调解员", "首席仲裁员"):
        text = _register(post)
        assert found(text, {"name"}) == names(text, "钟立人", "钟晓雯", "邵国梁", "邵秋菊")


def test_a_person_with_a_mobile_on_the_line_or_another_label_stays():
    text = "调解员：甄海波　手机：13912345670\n"
    assert names(text, "甄海波")[0] in found(text, {"name"})
    text = _register("申请人代理人")
    assert names(text, "鲁建勋")[0] in found(text, {"name"})
