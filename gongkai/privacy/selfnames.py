"""A writer naming themself in a letter, a complaint or a message's summary (issue 16,
forty-sixth held-out batch): "我是X，在成都工作", "我叫X，今年71岁", "本人名叫X。" —
the name stands whole between the words of the introduction and a sign. Not a role
("我是租户，", "我是本楼业主。"): the run must be a plausible name, or after a verb of
naming (叫) a run of three or four the model of names does not rule out."""

from __future__ import annotations

import re

from . import namemodel as nm
from . import validators as v
from .listwords import non_name
from .patterns import WEAK_CUES

Candidate = tuple[int, int, str, float]
_ROLES = frozenset(WEAK_CUES)  # "我是房东，", "我是车主。": words for a person, no name

_SELF = re.compile(
    r"(?:我叫|我名叫|我的名字叫|我是|本人是|本人叫|本人名叫|本人姓名)[:：]?"
    r"([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6})(?=[，,。；;（(、！!\n]|$)"
)


def self_named(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    # looked for by their first characters (``wordfind``: memchr): 我, and 本人 (the words
    # after 本 all start so: 本 alone is common, 本人 rare)
    for first in ("我", "本人"):
        k = text.find(first)
        while k >= 0:
            m = _SELF.match(text, k)
            k = text.find(first, k + 1)
            if m is None:
                continue
            run = m.group(1)
            if run in _ROLES or non_name(run):
                continue
            if "·" in run or v.plausible_name(run, strict=len(run) == 2):
                out.append((m.start(1), m.end(1), "name", 0.7))
            elif "叫" in text[m.start() : m.start(1)] and len(run) > 2 and nm.score(run) >= 0.3:
                # "我叫巫若磊，": a naming verb, no role after it; a given name of word
                # characters (若, 可, 然) the shape refuses, the model of names does not
                out.append((m.start(1), m.end(1), "name", 0.7))
    return out
