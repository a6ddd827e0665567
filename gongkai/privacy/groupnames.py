"""A household named by its village group in running text (issue 16): "牛角湾组X家", "水口组X
反映…", "松树下组X老人", "7组X的房屋", "三组X、五组Y". A village group (a place's name or
a number before 组) followed by a name and then what follows a household's person (家,
老人, 户, 的, 反映, 夫妇, a list's 、, a bracket) names a private person. A unit's group
(工作组, 纪检组, 专家组, 督导组 …: the character before 组 says an office's team) and the
group's own officers (组长, 组员) are left alone.

A person named by their number in a list ("候补第3号 X，监护人…", "第7号X、第15号Y"): the
whole run of two to four characters between 第N号 and a stop (，、；。 or a bracket) is
the name, when it has a name's shape.
"""

from __future__ import annotations

import re

from . import validators as v
from .listwords import NON_NAME, non_name

Candidate = tuple[int, int, str, float]

# 组, a name of 2–4 characters, then what follows a household's person
_GROUP_NAME = re.compile(
    r"组([\u4e00-\u9fff]{2,4}?)(?=家(?![长属庭])|老人|一家|夫妇|[两二三四五六七八九\d]?户(?!籍)|的|反映|、|[（(])"
)
# the character before 组 when the group is an office's team, not a village's
_TEAM = frozenset("作检察导查核家审班小督专评巡考织题队务长员合领研编协改")


_NUMBERED = re.compile(r"第\d{1,4}号[ \u3000]?([\u4e00-\u9fff]{2,4})(?=[，,、；;。（(])")


_AFTER_NUMBER = frozenset("楼院房门线机车台仓库窑井池")


def group_households(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "号" in text:
        for m in _NUMBERED.finditer(text):
            name = m.group(1)
            if name[0] in _AFTER_NUMBER:
                continue  # 第3号楼, 第2号院: a building's or a line's number, no person's
            common = name[:1] in v.SURNAMES or name[:2] in v.COMPOUND_SURNAMES  # (not 楼, 门)
            if (
                common
                and v.name_shape(name) == name
                and not non_name(name)
                and name not in NON_NAME
            ):
                out.append((m.start(1), m.end(1), "name", 0.8))
    if "组" not in text:
        return out
    for m in _GROUP_NAME.finditer(text):
        at = m.start()
        before = text[at - 1 : at]
        if (
            not before
            or before in _TEAM
            or not ("\u4e00" <= before <= "\u9fff" or before.isdigit())
        ):
            continue
        name = m.group(1)
        if name[:1] in "长员" or name in NON_NAME or non_name(name):
            continue  # 组长X, 组员X: the group's officers
        if v.name_shape(name) != name or not v.plausible_name(name, strict=True):
            continue
        out.append((m.start(1), m.end(1), "name", 0.8))
    return out
