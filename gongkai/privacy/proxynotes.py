"""A proxy named in a bracket right after a found person's name (issue 16).

Rosters note who signed or collected in a person's stead right after the person's name:
"曾某某（李某某代）", "王某（刘某代领）", "张某(由赵某代签)". The tables' readers take such a note
in the cells they read (``cellpersons``) and the blocks' reader after 委托 or 由
(``blocks._proxies``); a roster aligned with spaces over several pages, or a line the
readers passed, keeps the bare note unread. A bracket standing right after a name the scan
found, holding a name-shaped run and 代 with the act it names (代, 代领, 代签, 代办, 代收 …),
names that person's proxy, a private person like the one they act for.

What is no name is left alone: a run the name model would not take for a person
(``plausible_name``: "（村委会代）", "（本人代）"), and a note after no found name.

Cost: the regex runs only where the text holds 代 and a bracket, and at found names' ends.
"""

from __future__ import annotations

import re

from . import validators as _v

Candidate = tuple[int, int, str, float]

_NOTE = re.compile(
    r"[（(](?:由|系)?([\u4e00-\u9fff·]{2,5}?)代(?:领|签|办|收|退|缴|交|填|为[\u4e00-\u9fff]{1,2})?[）)]"
)
_NOT = frozenset("本人 户主 家属 亲属 村委 村委会 社区 单位 组长 会计 他人".split())


def proxy_notes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the proxies noted in brackets after found names."""
    if "代" not in text or ("（" not in text and "(" not in text):
        return cands
    have = {(s, e) for s, e, k, _c in cands if k == "name"}
    size = len(text)
    out: list[Candidate] = []
    for _s, e, k, c in cands:
        if k != "name" or e >= size or text[e] not in "（(":
            continue
        m = _NOTE.match(text, e)
        if not m:
            continue
        name = m.group(1)
        span = (m.start(1), m.end(1))
        if span in have or name in _NOT or not _v.plausible_name(name):
            continue
        have.add(span)
        out.append((*span, "name", c))
    return cands + out if out else cands
