"""A sport's name is no person's name (issue 16, docs148). Called from ``lastpasses``.

Sports registers and prize lists hold each entrant's discipline beside their name, under a key
or header a reader may take for a name's (``xm_xm`` 项目 reads as ``xm`` 姓名), and prose names
the discipline before a bracket ("田径（男子跳高）"). A name candidate that is exactly a sport
or a discipline of the games (田径, 游泳, 柔道, 举重, 摔跤, 乒乓球 …) is dropped: these are
words of a closed class no parent gives as a name, though some open with a surname's sign
(游, 田, 马, 武). Only a whole candidate is read, and only where a discipline stands: a
field's value (after a tag, a quote, a delimiter or a line's start) or a word before a
bracket; after a label's colon ("发件人：游泳") it may be a person's rare name and is kept, as
is a name holding such a word.

Speed: one set lookup per name candidate.
"""

from __future__ import annotations

Candidate = tuple[int, int, str, float]

_SPORTS = frozenset(
    "田径 游泳 跳水 花游 体操 蹦床 举重 摔跤 柔道 拳击 击剑 射击 射箭 武术 散打 跆拳道 空手道 "
    "乒乓球 羽毛球 网球 篮球 排球 足球 手球 棒球 垒球 曲棍球 冰球 气排球 毽球 门球 藤球 "
    "滑冰 滑雪 冰壶 赛艇 皮划艇 帆船 帆板 自行车 马术 铁人三项 现代五项 高尔夫 台球 "
    "象棋 围棋 桥牌 跳绳 太极拳 健身操 健美操 广场舞 登山 马拉松 跳高 跳远 竞走".split()
)


_FIELD_OPENERS = frozenset("\"'>,|｜│\t\n")


def _discipline(text: str, c: Candidate) -> bool:
    """Whether the name candidate ``c`` is a sport's name where a discipline stands."""
    if c[2] != "name" or text[c[0] : c[1]] not in _SPORTS:
        return False
    if text.startswith(("（", "("), c[1]):
        return True
    k = c[0] - 1
    while k >= 0 and text[k] in " 　":
        k -= 1
    return k < 0 or text[k] in _FIELD_OPENERS


def sport_words(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the name candidates that are a sport's name (above)."""
    drop = {c[0] for c in cands if c[2] == "name" and _discipline(text, c)}  # (no call a number)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]
