"""A table flattened to one cell a line whose header cell carries a short bracketed note
inside it ("培训职业（工种）及等级", "申报职业（工种）及技能等级"): the note is not counted in the
cell's length, so the header block runs on to the first record and the rows align
(stacked._bare_len, privfix24a)."""

from .spans import at, found


def _table(head):
    rows = [
        (
            "1",
            "汤俊峰",
            "男",
            "某县某物流有限公司",
            "分拣员（五级）",
            "ZS-2025-0011",
            "800",
            "13907312468",
        ),
        (
            "2",
            "苗翠玲",
            "女",
            "某县某邮政营业所",
            "投递员（四级）",
            "ZS-2025-0012",
            "1200",
            "13807315579",
        ),
        (
            "3",
            "符子涵",
            "男",
            "某县某快运有限公司",
            "分拣员（五级）",
            "ZS-2025-0013",
            "800",
            "15973196604",
        ),
    ]
    lines = ["某县2025年职业技能培训补贴名册", *head]
    for row in rows:
        lines += row
    return "\n".join(lines) + "\n"


_HEAD = [
    "序号",
    "姓名",
    "性别",
    "工作单位",
    "培训职业（工种）及等级",
    "证书编号",
    "补贴金额（元）",
    "联系电话",
]


def test_header_with_an_inner_note_reaches_the_records():
    text = _table(_HEAD)
    got = found(text, {"name"})
    for name in ("汤俊峰", "苗翠玲", "符子涵"):
        assert at(text, "name", name) in got
    assert all(text[s:e] not in ("男", "女") for _k, s, e in got)


def test_second_inner_note_wording():
    head = [
        "序号",
        "姓名",
        "性别",
        "工作单位",
        "申报职业（工种）及技能等级",
        "证书编号",
        "补贴金额（元）",
        "联系电话",
    ]
    text = _table(head)
    got = found(text, {"name"})
    assert at(text, "name", "苗翠玲") in got
    assert at(text, "name", "符子涵") in got


def test_units_and_codes_stay_plain():
    text = _table(_HEAD)
    got = {text[s:e] for _k, s, e in found(text, {"name", "address"})}
    assert not got & {"某县某邮政营业所", "分拣员（五级）", "ZS-2025-0012"}
