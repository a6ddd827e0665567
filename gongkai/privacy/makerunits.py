"""The landline of the unit that made a table, on its footer (issue 16, privfix25c).

A register exported as a sheet ends with the unit that drew it up and its line:
"制表单位：某县公安局反诈中心" then "联系电话：0595-…" (or both on one line, or 填报单位, 编制单位,
报送单位, 汇总单位, 审核单位). The line is the unit's, whatever persons the table's rows hold:
a landline on a footer line of contact fields only (电话, 联系电话, 联系方式, 地址, 传真),
the same line or the line right above naming the making unit, is dropped. A mobile there, a
person's label on the line (联系人, 经办人) or a name found on it keeps the number.

Cost: one find of "单位" and of "制表", "填报", "编制", "报送", "汇总" or "审核"; then a look at
the found landlines' lines.
"""

from __future__ import annotations

import re

from .seqlists import line_bounds
from .wordfind import has_any_by

Candidate = tuple[int, int, str, float]

_MAKER = re.compile(
    r"(?:制表|填报|编制|报送|汇总|审核)单位[ \u3000]*[：:][ \u3000]*[\u4e00-\u9fff（）()]{2,40}"
)
_CONTACT_ONLY = re.compile(
    r"^[ \u3000\t,，]*(?:(?:联系电话|电话|联系方式|办公电话|传真|地址|联系地址)[ \u3000]*[：:][^：:\n]*?)+$"
)
# (the words ``_MAKER`` needs, one of them in the text: looked up in ``cueindex``)
_MAKERS = ("制表单位", "填报单位", "编制单位", "报送单位", "汇总单位", "审核单位")
_PERSON = ("联系人", "经办人", "负责人", "姓名", "手机", "制表人", "填报人", "审核人", "本人")


def maker_units(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the making unit's landline on a table's footer (module docstring)."""
    if not has_any_by(text, "单", _MAKERS):
        return cands
    names = [(s, e) for s, e, k, _ in cands if k == "name"]
    drop = set()
    for c in cands:
        if c[2] != "landline":
            continue
        lo, hi = line_bounds(text, c[0])
        line = text[lo:hi]
        if any(w in line for w in _PERSON) or any(lo <= s < hi for s, _ in names):
            continue
        maker = _MAKER.search(line)
        if maker is not None:
            rest = line[: maker.start()] + line[maker.end() :]
        else:
            rest = line
            above_hi = lo - 1
            above_lo = text.rfind("\n", 0, above_hi) + 1 if above_hi > 0 else 0
            if above_hi <= 0 or not _MAKER.search(text, above_lo, above_hi):
                continue
            above = text[above_lo:above_hi]
            if any(w in above for w in _PERSON):
                continue
        if _CONTACT_ONLY.match(rest.rstrip(" \u3000\t,，")):
            drop.add(c)
    return [c for c in cands if c not in drop] if drop else cands
