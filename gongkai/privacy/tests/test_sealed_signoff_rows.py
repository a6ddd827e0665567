"""A line opening with a label sealed or signed ("发放单位（盖章）：", "村委会（签章）：") under
a table is its sign-off, not a row (tables ``_SIGNOFF_ROW``): its words are no names in the
table's person column; the rows above keep their persons."""

from .spans import found, names

_ROWS = [
    ("1", "滑石沟滑坡", "戚宝山", "13919380421"),
    ("2", "滑石沟滑坡", "扎西卓玛", "13919380422"),
]


def _aligned(footer):
    lines = [" 序号  隐患点名称    户主姓名  联系电话      领卡人"]
    for n, place, person, phone in _ROWS:
        lines.append(f" {n}     {place}    {person}    {phone}   本人")
    lines += ["", footer, "注：明白卡一式两份。"]
    return "\n".join(lines) + "\n"


def test_a_sealed_label_under_an_aligned_table():
    for footer in (
        "发放单位（盖章）：某县自然资源局　　　　发放人：宓文杰　　　　核对人：车晓红",
        "村民委员会（签章）：　　　　　　　　　日期：2026年4月9日",
    ):
        text = _aligned(footer)
        assert found(text, ["name"]) == names(text, "戚宝山", "扎西卓玛"), footer


def test_a_sealed_label_under_a_tab_table():
    text = "序号\t户主姓名\t联系电话\n1\t戚宝山\t13919380421\n2\t扎西卓玛\t13919380422\n发放单位（盖章）：\t某县自然资源局\n"
    assert found(text, ["name"]) == names(text, "戚宝山", "扎西卓玛")
