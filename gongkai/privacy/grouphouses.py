"""A home named by a village's short name, its group and a house number (石仓3组12号:
issue 16, privfix19i).

A village is often written without 村 ("原门牌“溪头2组8号”", "住坪上5组31号"): the
group's number and 组 right before the house number make it a rural household's door,
not an office's, when a residence or a door plate is named right before it (住, 家住,
户籍, 门牌, 门牌号). Without such a word it is left alone (一组12号 of a list, 第3组12号
of a contest, 工作组3号): a table's address column reads it on its own.
"""

from __future__ import annotations

import re

# the place read backwards from the house number: 组, the group's one or two digits
# (or a Chinese numeral), then two to four Han characters of the village's name
_GROUP_BACK = re.compile(r"组(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})([\u4e00-\u9fff]{2,4})")
# a door plate's word right before the place ("原门牌“…”", "门牌号为…", "门牌编为…")
_CUE = re.compile(
    r"(?:门牌(?:号|号码)?(?:为|是|编为|更正为)?|住址|家住|住在|现住|现居|户籍地?|(?:(?<![\u4e00-\u9fff])|(?<=[人其户]))住)"
    r"[：:“\"「]?$"
)
_NOT_VILLAGE = frozenset("第小班队场区局科处室部所站工作")


def group_house(text: str, start: int, end: int) -> tuple[int, int, str, float] | None:
    """The span of "村名N组M号" whose house number runs from ``start`` to ``end``."""
    lo = start - 9 if start > 9 else 0
    m = _GROUP_BACK.match(text[lo:start][::-1])
    if m is None:
        return None
    name = m.group(1)[::-1]
    first = start - m.end()
    # the village's name stops at the cue's last character when it ran into it
    for k in range(len(name) - 2, -1, -1):
        if _cued(text, first + k):
            first += k
            break
    else:
        return None
    if text[first] in _NOT_VILLAGE or text[first + 1] in _NOT_VILLAGE:
        return None
    return first, end, "address", 0.8


def _cued(text: str, place: int) -> bool:
    """Whether a residence's or door plate's word ends right before ``place``."""
    return _CUE.search(text, place - 8 if place > 8 else 0, place) is not None
