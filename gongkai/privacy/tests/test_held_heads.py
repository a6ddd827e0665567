"""A one-cell-a-line table's head that a later cell extends with its holder's ID, and its
before/after twin, hold names (``heldheads``, ``tablefind._held_cell``)."""

from __future__ import annotations

from gongkai.privacy import scan_text


def _names(text: str) -> list[str]:
    return [f.text for f in scan_text(text, allow=[]) if f.type == "name"]


def _onecell(heads: list[str], rows: list[list[str]]) -> str:
    lines = ["某县摊位经营权转让公示", "", *heads]
    for row in rows:
        lines += row
    return "\n".join(lines) + "\n\n联系人：任文博（县市场服务中心）\n"


_HEADS = [
    "序号",
    "摊位号",
    "经营许可登记号",
    "原摊主",
    "现摊主",
    "现摊主身份证号",
    "现摊主住址",
    "联系电话",
]
_ROWS = [
    [
        "1",
        "苏宁A018",
        "32010320126191",
        "檀秋菊",
        "严晓东",
        "320102198001020026",
        "江宁区东山街道竹山路12号",
        "13905910011",
    ],
    [
        "2",
        "苏宁A022",
        "32010320225036",
        "禹冬生",
        "韦立新",
        "320102197512300031",
        "江宁区秣陵街道将军大道8号",
        "13905910022",
    ],
    [
        "3",
        "苏宁A031",
        "32010320019211",
        "濮阳海",
        "龚丽",
        "320102196803150044",
        "溧水区永阳街道通济街5号",
        "13905910033",
    ],
]


def test_twin_and_extended_heads_one_cell_a_line():
    names = _names(_onecell(_HEADS, _ROWS))
    assert {"檀秋菊", "禹冬生", "濮阳海", "严晓东", "韦立新", "龚丽"} <= set(names)
    assert "任文博" not in names


def test_card_cell_extends_its_head():
    heads = ["序号", "原铺主", "新铺主", "新铺主银行卡号"]
    rows = [
        ["1", "檀秋菊", "严晓东", "6222020200112233445"],
        ["2", "禹冬生", "韦立新", "6222020200112233452"],
    ]
    names = _names(_onecell(heads, rows))
    assert {"檀秋菊", "禹冬生", "严晓东", "韦立新"} <= set(names)


def test_unit_twin_and_unqualified_head_stay_unread():
    heads = ["序号", "原承租单位", "现摊主", "现摊主身份证号"]
    rows = [
        ["1", "檀记商行", "严晓东", "320102198001020026"],
        ["2", "禹家超市", "韦立新", "320102197512300031"],
    ]
    names = _names(_onecell(heads, rows))
    assert "檀记商行" not in names and "禹家超市" not in names
