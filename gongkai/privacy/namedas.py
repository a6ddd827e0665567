"""Persons named by what they are called (issue 16, docs69's 寻亲 and 户籍 notices).

A notice names a person through the word for a name itself: "其生父疑名X", "生母名X",
"孩子母亲名X", "走失时名叫X", "曾用名X", "家里给我起名“X”". The cue says the word
after it is a person's name, so a given name that is also a word (常青, 石磊, 高山) or a
character rare in given names (蓝梅可) counts; after 名叫, 起名, 取名 (which name things as well: "项目取名“幸福里”") only
when a person's words stand before them ("走失时名叫X", "家里给我起名“X”"), after
原名 and 化名 only a sure name by the model; the name must run whole up to a sign (a
comma, a stop, a bracket, a quotation mark), open with a known surname and not be a
word of places or units (``listwords.non_name``). A kinship's 名 needs the kinship's
last character right before it (父 母 亲 妹 弟 兄 姐 子 女 夫 妻 孩), not 名单, 名下,
名义, 名额 (a word of its own).
"""

from __future__ import annotations

import re

from . import namemodel as nm
from . import validators as v
from .listwords import non_name
from .wordfind import places

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
# the characters before 名 that make a word saying a name follows (疑名, 原名, 乳名 …), and
# a kinship's last character before it ("生母名X", "孩子母亲名X")
_LEADS = frozenset("疑原乳小化起取暂")
_KIN_LAST = frozenset("父母亲妹弟兄姐子女夫妻孩")
# the characters before 名 that can make a cue (曾用名's 用 too)
_CUE_BEFORE = _LEADS | _KIN_LAST | {"用"}
_TAIL = re.compile(r"[为是]?[：:]?[“\"「]?")
# the cues that name things as well (a project 取名“幸福里”, a school 原名…, a dog 名叫…):
# the name after them must be a sure one by the model
_ALSO_THINGS = frozenset(("原名", "化名"))
# the cues that name a person only after a person's words (孩子, 走失时, 给我 …)
_OWNED = frozenset(("名叫", "起名", "取名", "暂名"))
_NAME = re.compile(rf"[{_H}]{{2,4}}(?=[，,。；;、）)”\"」（(\s]|$)|[{_H}]{{1,8}}·[{_H}]{{1,8}}")
# words of their own after a kinship's 名 (名单, 名下, 名义 …) and after 原名 (原名称)
_NOT_NAMES = frozenset("单下义额次册录称字号")
# a person, a relative or a child's going missing before 名叫 ("走失时名叫X", "姐姐名叫X")
_PERSON_BEFORE = re.compile(
    r"走失|失散|出生|小孩|婴|儿童|男孩|女孩|人员|老人|时$|[父母亲妹弟兄姐子女夫妻孩]$|给[我他她]|家里|爷爷|奶奶|一位|一名|男子|女子"
)


def named_as(text: str) -> list[Candidate]:
    """The persons named after a word for their name (module docstring)."""
    if "名" not in text:
        return []
    out: list[Candidate] = []
    for i in places(text, "名"):  # (名 is walked by other passes too: ``wordfind``)
        # (a cheap look at the characters around 名 before the call: most stand in words)
        around = text[i - 1 : i] in _CUE_BEFORE or text[i + 1 : i + 2] == "叫"
        found = _cue_at(text, i) if around else None
        if found is None:
            continue
        start, word = found
        tail = _TAIL.match(text, start + len(word))
        at = tail.end() if tail else start + len(word)
        if text[at : at + 1] in _NOT_NAMES:
            continue
        n = _NAME.match(text, at)
        if n is None:
            continue
        name = n.group()
        if "·" in name:
            out.append((at, n.end(), "name", 0.75))
            continue
        k = v.surname_length(name)
        cue = word[:2]
        if not k and _given_to_child(text, start, cue, name):
            k = 1  # "该男婴暂名溪亮": a home's name for a child, of any first character
        if not k or not 1 <= len(name) - k <= 2 or non_name(name) or "某" in name:
            continue
        if cue in _OWNED and not _PERSON_BEFORE.search(text, start - 8 if start > 8 else 0, start):
            continue  # (a project 取名“幸福里”, a dog 名叫…: "走失时名叫X", "给我起名X" only)
        if cue in _ALSO_THINGS and nm.score(name) < 0.9:
            continue
        out.append((at, n.end(), "name", 0.75))
    return out


# the cues by which a home or a station gives a foundling or a stray person a name
_GIVEN = frozenset(("暂名", "取名", "起名"))


def _given_to_child(text: str, start: int, cue: str, name: str) -> bool:
    """Whether ``name`` after ``cue`` is a name a home gave a child or a person found
    ("该女婴暂名溪慧", "该男婴取名福国庆"): the welfare home names children after its
    county or its own word, not a surname, so the first character is any; the name is of
    two or three characters, its last a given name's, after a person's word."""
    return (
        cue in _GIVEN
        and len(name) in (2, 3)
        and name[-1] in v.GIVEN_CHARS
        and _PERSON_BEFORE.search(text, start - 8 if start > 8 else 0, start) is not None
    )


def _cue_at(text: str, i: int) -> tuple[int, str] | None:
    """The word saying a name follows, around the 名 at ``i``: its start and itself."""
    if text.startswith("名叫", i):
        return i, "名叫"
    if i >= 2 and text[i - 2 : i] == "曾用":
        return i - 2, "曾用名"
    before = text[i - 1] if i else ""
    if before in _LEADS:
        return i - 1, before + "名"
    if before in _KIN_LAST and "\u4e00" <= text[i + 1 : i + 2] <= "\u9fff":
        return i, "名"
    return None
