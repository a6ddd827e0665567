"""A person named in quotes as who signed or collected something (issue 16, docs56's
class): a complaint quotes the name a delivery system shows, "系统显示由“张三”代签",
"被‘李四’冒领", "签收人显示为"王五"签收". The quotes cut the name whole, and the verb
after them (代签, 签收, 冒领 …) says a person did it; a role in quotes ("门卫", "家人",
"本人") is no name: the run must be a plausible name or one the model of names holds
likely.
"""

from __future__ import annotations

import re

from . import namemodel as nm
from . import validators as v
from .listwords import non_name

Candidate = tuple[int, int, str, float]

# the verb right after the closing quote, and the quoted run before it
_VERB = re.compile(
    r"(?:代为|本人|私自|擅自)?(?:代签|签收|签字|签名|签署|代收|代领|冒领|冒签|领取|取走|收取)"
)
_RUN = re.compile(r"(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6})$")
_VERB_FIRST = frozenset("代本私擅签冒领取收")
_PAIRS = {"”": "“", '"': '"', "」": "「", "』": "『", "’": "‘", "'": "'"}


def quoted_signers(text: str) -> list[Candidate]:
    """Names in quotes right before a verb of signing or collecting."""
    out: list[Candidate] = []
    for _close, opener, lead in _LEADS:
        for m in lead.finditer(text):  # (one search led by each closing quote: a class of
            at = m.start()  # quotes in front would try every position of the text)
            if _VERB.match(text, at + 1):
                lo = text.rfind(opener, at - 14 if at > 14 else 0, at)
                run = text[lo + 1 : at] if lo >= 0 else ""
                if run and _RUN.match(run) and _person(run):
                    out.append((lo + 1, at, "name", 0.7))
    return out


_LEADS = tuple(
    (close, opener, re.compile(f"{re.escape(close)}(?=[{''.join(sorted(_VERB_FIRST))}])"))
    for close, opener in _PAIRS.items()
)


def _person(run: str) -> bool:
    if non_name(run):
        return False
    return (
        "·" in run
        or v.plausible_name(run, strict=len(run) == 2)
        or (len(run) > 2 and nm.score(run) >= 0.5)
    )
