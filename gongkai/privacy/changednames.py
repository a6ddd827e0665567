"""The persons of a change of an organisation's representative (issue 16).

A register of social organisations (社会团体, 民办非企业单位, 基金会) publishes who held
the post before a change and who holds it after: "变更事项：法定代表人\\n变更前：甲　变更后：
乙", "法定代表人变更前：甲；变更后：乙", "负责人由甲变更为乙". The representative of such an
organisation is a private person; a company's is public registration data (RULES.md
§4), so a company named in the lines before (as ``names`` decides for a 法定代表人 label)
leaves them alone. A value counts when it is a
whole name (2–4 characters after a surname, or names with ·) and nothing more: a changed
name, seat or scope ("住所变更前：…路18号") is no person.
"""

from __future__ import annotations

import re

from . import validators as v
from .listwords import non_name
from .names import _COMPANY_BEFORE, _INDIVIDUAL
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
# the posts whose holder a register names (not an office's head acting in office)
_ROLE = r"法定代表人|法人代表|负责人|理事长|会长|举办者|出资人|执行事务合伙人"
_NAME = rf"([{_H}]{{2,4}}|[{_H}]{{2,8}}·[{_H}]{{2,8}})"
_END = r"(?=[ \u3000\t，,；;。、\n（(）)]|$)"
# "变更前：甲", "法定代表人变更后：乙" (the role, if any, read before 变更); "由甲变更为乙"
_SIDE = re.compile(rf"变更[前后][ \u3000]*[：:][ \u3000]*{_NAME}{_END}")
_BY = re.compile(rf"由{_NAME}变更为{_NAME}{_END}")
_ROLE_BEFORE = re.compile(rf"(?:{_ROLE})$")
_ROLE_NEAR = re.compile(
    rf"变更(?:事项|内容|项目)[ \u3000]*[：:][^\n]{{0,20}}?(?:{_ROLE})|(?:{_ROLE})变更前[^\n]{{0,24}}$"
)


def _person(name: str) -> bool:
    if "·" in name:
        return True
    return v.plausible_name(name) and not non_name(name)


def _company(text: str, at: int) -> bool:
    before = text[at - 160 if at > 160 else 0 : at]
    return bool(_COMPANY_BEFORE.search(before)) and not _INDIVIDUAL.search(before)


def changed_persons(text: str) -> list[Candidate]:
    """The holders before and after a change of an organisation's representative."""
    if not has_word(text, "变更"):
        return []
    out: list[Candidate] = []
    for m in _SIDE.finditer(text):
        start = m.start()
        if not _ROLE_BEFORE.search(text, start - 9 if start > 9 else 0, start):
            # a bare "变更前：": its role in the item's 变更事项 a line or two above, and no
            # other word before it on its line ("住所变更前：")
            if start and re.match(rf"[{_H}]", text[start - 1]):
                continue
            if not _ROLE_NEAR.search(text, start - 80 if start > 80 else 0, start):
                continue
        if _person(m.group(1)) and not _company(text, start):
            out.append((m.start(1), m.end(1), "name", 0.8))
    for m in _BY.finditer(text):
        if not _ROLE_BEFORE.search(text, max(0, m.start() - 9), m.start()):
            continue
        if _company(text, m.start()):
            continue
        out += [(m.start(k), m.end(k), "name", 0.9) for k in (1, 2) if _person(m.group(k))]
    return out
