"""Neighbours in a plot's bounds written side by side without a word for their land
(issue 16).

A homestead approval or a boundary survey writes the four sides (四至) in one line:
"东至张德胜，南至村道，西至刘桂芳，北至集体山林", "东至：刘建华家；南至：村道；…", "北 至 :
陆磊、李桂 共有晒场". Where three sides or more stand within a short stretch, each
side's value up to the next sign is a neighbour's name when it looks like one
(``neighbours.side_name``: a plausible name, 家 or the holding after it cut off; roads,
ditches, woods, collectives and places are none). A side with a holding after the name
("东至X宅基地") is ``namelines.boundary_neighbours``' own.

A forest plot's side is often the neighbour's hill: "西至朱水根山", "南至徐琴山场". The
name before 山 (山场) counts when it is a plausible name (of two characters: every
character of its given name common in given names); a two-character one (徐琴山, like 华山 or 白云山) only where the same text holds such a
hill of a longer name, which shows the sides are written by their holders' hills.
"""

from __future__ import annotations

import re

from . import validators as v
from .neighbours import side_name
from .wordfind import colons

Candidate = tuple[int, int, str, float]

# a side's word: 东至, "北 至 :", 西至：, or the side and a sign alone ("东：X；南：Y")
_SIDE = re.compile(r"[东南西北](?:[ \u3000]?至(?:[ \u3000]?[：:])?|[ \u3000]?[：:])")
_VALUE = re.compile(r"[ \u3000]*([\u4e00-\u9fff·、]{2,20})")
_SIDES = frozenset("东南西北")
_HOLDING = frozenset("房院墙承宅责自田地林菜屋山水围晒猪牛厕门")
# a hill's name's end (石门岭山, 龙王庙山): a place, no holder
_NOT_HELD = frozenset("岭坡冲湾坳岗峰庙寺村屯寨垭")
_STRETCH = 200  # the characters within which three sides make a plot's bounds
# what stands before a side written with a sign alone: the start of a cell, a clause or a line
_OPENS = frozenset("，,；;、 \u3000\t\n|（(：:")


def bound_sides(text: str) -> list[Candidate]:
    """The neighbours' names on the sides of each plot's bounds in ``text``."""
    sides = []
    for k in _side_chars(text):
        m = _SIDE.match(text, k)
        if m and (k == 0 or not _after_word(text, k)):
            sides.append(m)
    if len(sides) < 3:
        return []
    out: list[Candidate] = []
    hills: list[Candidate] = []
    for i, m in enumerate(sides):
        near = {
            s.group()[0]
            for s in sides[i - 3 if i > 3 else 0 : i + 4]
            if abs(s.start() - m.start()) < _STRETCH
        }
        if len(near) < 3:
            continue
        value = _VALUE.match(text, m.end())
        if value is not None:
            _names(value.group(1), value.start(1), out, hills)
    if any(end - start > 2 for start, end, _, _ in hills):
        out.extend(hills)  # (two-character ones only beside a longer one: 华山, 白云山)
    return out


def _side_chars(text: str) -> list[int]:
    """The side characters before each 至 ("东至", "北 至"), in order: found by ``str.find``
    of 至 alone (one pass over the text, not four nor a scan of every character for the
    expression's class; a side written only with a sign, "东：X", after a label of
    neighbours is ``neighbours``' own)."""
    out = []
    k = text.find("至", 1)
    while k >= 0:
        before = text[k - 1]
        if before in _SIDES:
            out.append(k - 1)
        elif before in " \u3000" and k > 1 and text[k - 2] in _SIDES:
            out.append(k - 2)
        k = text.find("至", k + 1)
    for signs in colons(text):  # (walked by other passes too: ``wordfind``)
        for k in signs:
            if not k:
                continue
            side = k - 1 if text[k - 1] in _SIDES else k - 2
            if side >= 0 and text[side] in _SIDES and (side == k - 1 or text[k - 1] in " \u3000"):
                if side == 0 or text[side - 1] in _OPENS:
                    out.append(side)
    if len(out) > 1:
        out.sort()
    return out


def _names(run: str, at: int, out: list[Candidate], hills: list[Candidate]) -> None:
    """The names in a side's value ("陆磊、李桂 共有晒场": each piece up to a 、)."""
    for piece in run.split("、"):
        value = piece
        for other in "东南西北":  # "东至刘建华南至村道": the next side ends the value
            cut = value.find(other + "至")
            if cut >= 2:
                value = value[:cut]
        home = value.find("家", 2)
        if 2 <= home <= 4 and value[home + 1 : home + 2] in _HOLDING:
            value = value[:home]  # "刘建华家房屋滴水", "李四家院墙": the neighbour's home
        name = side_name(value)
        if name:
            out.append((at, at + len(name), "name", 0.8))
        elif value[-1:] == "山" or value[-2:] == "山场":
            held = value[: value.rfind("山")]
            if held[-1:] not in _NOT_HELD and v.plausible_name(held, strict=len(held) == 2):
                hills.append((at, at + len(held), "name", 0.8))
        at += len(piece) + 1


def _after_word(text: str, at: int) -> bool:
    """A side's character inside a word (东风, 西瓜, 南京, 河北): the one before it joins it."""
    return text[at - 1] in "河湖山江广华关城陕以向朝坐往偏正"
