"""A business's line of trade alone in a cell or an export's value is no name (issue 16,
privfix27d, docs308).

A register of start-up loans, of subsidies for a farm or of a family's trade states, beside
the borrower, what the money is for: 创业项目 油茶种植, "cyxm": "肉牛养殖", 经营项目 农家乐,
服装加工, 电商（服饰）, 超市, 餐饮. A column or a key read as persons' (``cyxm`` may spell
成员姓名; a cell after a village may open a trade name) then gives the word as a name when its
first character is a surname (鲁锦织造, 农家乐) or when the key alone decides. A line of trade
is a kind of work, never a person: a candidate standing as a whole cell (its edges a tab, a
bar, a comma, a quote, a line's end or a gap of spaces; a bracket's note may follow) that
ends in a trade's activity (…加工, …养殖, …种植, …服务, …销售, …编织, …刺绣, …带货, …托育,
…美发, …大棚 …: four characters or more, so 陈美发 stays) or is one of the trades' own words
(超市, 餐饮, 电商, 农家乐, 民宿, 网店) is dropped.

Not dropped: a name in prose (no cell's edges), a three-character cell ending in such a word
(李美容: a given name may read so), a four-character name of a compound surname (欧阳美发).

Speed: only the name candidates are read (no search of the text).
"""

from __future__ import annotations

from . import validators as v

Candidate = tuple[int, int, str, float]

# the activity closing a line of trade (four characters or more)
_ACTIVITY = (
    "加工",
    "养殖",
    "种植",
    "服务",
    "销售",
    "织造",
    "编织",
    "刺绣",
    "带货",
    "托育",
    "美发",
    "美容",
    "大棚",
    "经营",
    "制作",
    "维修",
    "运输",
    "批发",
    "零售",
    "育肥",
    "培训",
)
# a trade's own word, whole
_TRADES = frozenset("超市 餐饮 电商 农家乐 民宿 网店 小吃 快餐 便利店 理发 裁缝".split())
_BEFORE = frozenset('\t|｜,，;"\n>')
_AFTER = frozenset('\t|｜,，;"\n<（(')


def _cell(text: str, s: int, e: int) -> bool:
    """Whether ``s``–``e`` is a whole cell: a delimiter or a gap of spaces on each side."""
    before = text[s - 1] if s else "\n"
    if before not in _BEFORE and before != "\u3000" and text[s - 2 : s] != "  ":
        return False
    after = text[e : e + 1] or "\n"
    return after in _AFTER or after == "\u3000" or text[e : e + 2] in ("  ", " \n")


def _trade(word: str) -> bool:
    if word in _TRADES:
        return True
    return len(word) >= 4 and word.endswith(_ACTIVITY) and word[:2] not in v.COMPOUND_SURNAMES


def trade_cells(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the lines of trade read as names in their cells (module docstring)."""
    drop = {
        c[0]
        for c in cands
        if c[2] == "name" and _trade(text[c[0] : c[1]]) and _cell(text, c[0], c[1])
    }
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]
