"""Whose house number, read from the item it stands in (after docs109–docs114, privfix16re).

Two questions ``houses.household`` asks of a street and house number besides its grammar:

- **Is the number a house's door at all?** A number given to a stretch of river, a lot, a
  tender's section, a pile or a berth ("…村河段3号采区", "…路东侧5号地块", "2号标段") is a
  site's, not a household's: the word right before 号 (河段, 地块, 宗地, 标段, 桩 …) or right
  after it (号采区, 号地块, 号泊位 …) names what is numbered (``not_a_door``). A place near a
  door ("…路318号附近", "…号门前", "…号东侧") is where something happened: a person's
  particulars in its row (an ID, a mobile) do not make it that person's home (``near_door``);
  a residence label before it still does (``streetaddress.house`` reads the label first).
- **Whose building is it?** An item of a list (its line) that names the building's owner
  by a label (产权人, 所有权人, 房屋所有人, 房主, 户主, 业主, 权利人) with a private
  person's name as its first value makes the street and number that person's house, though
  the street is written like an office's ("…县城关镇衙门街71号", "…镇南大街35号"): a list of
  private houses (historic buildings, dangerous houses, houses to be expropriated). Not when
  the first owner named is a unit ("产权人：…镇人民政府（直管公房）"), and the exclusions of
  ``houses.household`` (an organisation's label before it, a unit's contact block) still hold.
"""

from __future__ import annotations

import re

from . import validators as v
from .alternation import led

_CJK = "\u4e00-\u9fff"
# what a number names when it is no door: a river's or a road's section, a lot, a tender's
# section, a pile, a quarry's area, a berth, a stall, a grave
_SITE_BEFORE = re.compile(
    r"(?:河段|河道|标段|路段|地块|宗地|区块|桩|采区|矿区|泊位|车位|摊位|展位|墓位|墓区)$"
)
_SITE_AFTER = re.compile(
    r"(?:采区|采场|地块|宗地|标段|泊位|车位|摊位|展位|墓位|墓穴|桩|机位|井(?![\u4e00-\u9fff]*[巷街路])"
    r"|矿区|矿井|河段|厂房|仓库|储罐)"
)
# a place near the door, not the door ("…318号附近", "…号门前", "…号东侧"): where
# something happened, which a person's row does not make their home
_NEAR = re.compile(r"附近|旁边?|对面|门前|门口|一带|周边|[东南西北]侧")
# an owner's label and its first value ("产权人：张三、李四", "房屋所有人:王五（…）")
_OWNER = led(
    r"(?<![原前])(?:产权人|所有权人|房屋所有人|房主|户主|业主|权利人)(?:姓名)?[:：][ \u3000]*"
    rf"([{_CJK}·（）()]{{2,30}})"
)
_UNIT_WORD = re.compile(
    r"政府|公司|集团|委员会|村委|居委|局|中心|学校|医院|合作社|公房|集体|管理|寺|庙|庵|祠|教堂|协会|基金|银行"
)
_VALUE_END = re.compile(r"[、，,；;（(）)]")
# the item's location given right before the address ("…，位于…", "房屋坐落：…", "地址：…"),
# not its title ("12. 某街11号院，位于…": the building's name)
_LOCATED = re.compile(r"(?:位于|坐落(?:于|在)?|地址|地点|门牌号?)[:：]?[ \u3000]*$")


def not_a_door(text: str, start: int, number: int) -> bool:
    """The number at ``text[number]`` (up to 号) names a site, not a house (docstring)."""
    end = text.find("号", number, number + 8)
    if end < 0:
        return False
    if _SITE_BEFORE.search(text, number - 3 if number - 3 > start else start, number):
        return True
    return _SITE_AFTER.match(text, end + 1) is not None


def near_door(text: str, number: int) -> bool:
    """The house number at ``text[number]`` is followed by a word of a place near it."""
    end = text.find("号", number, number + 8)
    return end >= 0 and _NEAR.match(text, end + 1) is not None


def owned_item(text: str, start: int) -> bool:
    """The line the address at ``start`` stands in names a private person as the
    building's owner (docstring)."""
    if _LOCATED.search(text, start - 8 if start > 8 else 0, start) is None:
        return False
    lo = start - 160 if start > 160 else 0
    line_start = text.rfind("\n", lo, start) + 1 or lo
    line_end = text.find("\n", start, start + 240)
    line_end = line_end if line_end >= 0 else min(len(text), start + 240)
    if "人" not in text[line_start:line_end] and "主" not in text[line_start:line_end]:
        return False  # (cheap gate: every owner label holds 人 or 主)
    m = _OWNER.search(text, line_start, line_end)
    if m is None:
        return False
    first = _VALUE_END.split(m.group(1), 1)[0]
    if _UNIT_WORD.search(first) or not 2 <= len(first) <= 4:
        return False  # "产权人：…镇人民政府（直管公房）": a unit's building
    return v.plausible_name(first)
