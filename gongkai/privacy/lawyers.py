"""A party's lawyer named before the word 律师 (issue 16).

Notices, mediation records and decisions name a party's lawyer with the title after the
name: "委托代理人为居海燕律师（…律师事务所）", "邀请村法律顾问邹志勇律师释法", "（卢大勇律师
代为提交）", "侯某（律师，执业证号…）". A lawyer in a case is a private person (a 公职律师
acts in office: not taken). The name is the piece of prose before the title
(``names.name_ending``, its given name of common characters); a firm or an association
named after a person (某某律师事务所, 律师协会) is none, so is 律师 inside a title in 《》
(《中华人民共和国律师法》: "和国" is no lawyer), and lawyers given as a unit's contacts
("管理人联系人：X律师", a bankruptcy administrator's) act for it.
"""

from __future__ import annotations

import re

from .names import name_ending
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_TITLE = re.compile(r"(?:[（(]律师[，,）)]|律师(?!事务|协会|行业|楼|函|费|证|队伍|工作|服务|所))")


def lawyers_before_title(text: str) -> list[Candidate]:
    """The names right before each 律师 (or "（律师，") in ``text``."""
    if not has_word(text, "律师"):
        return []
    out: list[Candidate] = []
    for m in _TITLE.finditer(text):
        at = m.start()
        if text.startswith("公职", at - 2):
            continue
        quote = text.rfind("《", at - 30 if at > 30 else 0, at)
        if quote >= 0 and text.find("》", quote, at) < 0:
            continue  # 《中华人民共和国律师法》: a law's or a paper's title, no lawyer
        got = name_ending(text, at)
        if not got or text.startswith("公职律师", got[0] - 4):
            continue
        line = text.rfind("\n", 0, got[0]) + 1
        if "联系人" in text[max(line, got[0] - 30) : got[0]]:
            continue  # "管理人联系人：X律师、Y律师": a unit's contacts, in office
        out.append((got[0], got[1], "name", 0.7))
    return out
