"""Neighbours named by the side of a plot after a label of neighbours (issue 16).

A boundary-pointing or registration notice lists who holds the land on each side:
"相邻权利人：东 张三（…），南 村道，西 李四，北 集体山林", "四至：东：王五；西：河沟".
After such a label (相邻权利人, 相邻宗地权利人, 相邻户, 四至 …) every side's value that
is a person's name — a plausible Chinese name, or a transliterated one with a middle
dot — is a name; roads, ditches, fields, collectives and units stay clean, and a word
for the holder's land after the name (自留山, 承包地, 宅基地, 家) is left out. Notes in
brackets are read past. (``namelines.boundary_neighbours`` reads "东至X宅基地" in
sentences without such a label.)
"""

from __future__ import annotations

import re

from . import validators as v
from .wordfind import find_by, has_word

Candidate = tuple[int, int, str, float]

_LABEL = re.compile(
    r"(?:相邻(?:宗地|地块)?(?:权利人|使用权人|土地使用者|使用者|住户|农户|户)|四至(?:情况|界址|范围)?)"
    r"[ \u3000]*[：:]"
)
_NOTE = re.compile(r"[（(][^（()）\n]{0,60}[）)]")
# (a side with 至/邻 before its value is read by ``namelines``: "东至X宅基地")
_SIDE = re.compile(
    r"(?:^|(?<=[，,；;、\s]))(?:东|南|西|北)(?:侧|面|边)?[：: \u3000]*([\u4e00-\u9fff·]{2,16})"
)
# the last character of a place's name (王家沟, 石家坡, 李家湾): no person
_PLACE_END = frozenset("村庄湾坝沟屯寨镇乡街路河山岭坡冲塘桥坪湖港岗营铺集店园区县市省渠堤")
# (宅 alone: "东至汪某宅", the holder's house, as a side is written on a homestead permit)
_LAND = re.compile(r"(?:自留山|自留地|责任山|责任田|承包地|宅基地|住宅|房屋|林地|耕地|宅|家|户)$")
# the words of a plot's sides that read like a name (池塘: 池 a surname)
_FEATURES = frozenset(("池塘", "田埂", "农田", "林场", "公厕", "高压线", "山林", "水田"))
_DOTTED = re.compile(r"[\u4e00-\u9fff]{2,7}·[\u4e00-\u9fff]{2,7}")
# the edge of a field, a road or a stream (田边, 路坎, 山脚, 河沿): a side's feature, no person
_EDGE_OF = frozenset("田地路河沟山塘溪坡林江湖")
_EDGES = frozenset("边坎脚头埂角沿")


def side_name(value: str) -> str | None:
    """The neighbour's name a side's value gives, without the holding after it."""
    land = _LAND.search(value)
    held = False  # a holding cut off after the value: its holder, a person (郭宁山宅基地)
    if land and land.start() >= 2:
        held = land.group() not in ("家", "户")
        value = value[: land.start()]
    if "·" in value:
        return value if _DOTTED.fullmatch(value) else None
    if not 2 <= len(value) <= 4 or value in _FEATURES:
        return None
    if len(value) == 2 and value[0] in _EDGE_OF and value[1] in _EDGES:
        return None
    if value[-1] in _PLACE_END and not (held and len(value) == 3 and value[1] != "家"):
        return None
    strict = len(value) == 2
    if v.plausible_name(value, strict=False) and v.plausible_name(value, strict=strict):
        return value
    return None


def side_neighbours(text: str) -> list[Candidate]:
    """The names on the sides listed after each label of neighbours in ``text``."""
    # (looked for by their second character: ``wordfind``, the same positions, faster)
    if not has_word(text, "相邻", 1) and not has_word(text, "四至", 1):
        return []
    out: list[Candidate] = []
    for word in ("相邻", "四至"):
        at = find_by(text, word, 1)
        while at >= 0:
            label = _LABEL.match(text, at)
            at = find_by(text, word, 1, at + 2)
            if label:
                _sides(text, label.end(), out)
    return out


def _sides(text: str, start: int, out: list[Candidate]) -> None:
    """The names on the sides listed from ``start`` (a label's end) to the sentence's."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    stop = text.find("。", start, end)
    segment = text[start : stop if stop >= 0 else end]
    masked = _NOTE.sub(lambda n: " " * len(n.group()), segment)
    for m in _SIDE.finditer(masked):
        name = side_name(m.group(1))
        if name:
            at = start + m.start(1)
            out.append((at, at + len(name), "name", 0.8))
