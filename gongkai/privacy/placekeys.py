"""A business's place under its field's key in an export (issue 16, docs140).

A register's export names its fields by keys, not by labels: an individual business's
record ``{"gtmc": "…小卖部", "jyzxm": "…", "jyzzs": "…", "jycs": "…"}`` gives the operator's
home (``jyzzs`` 经营者住所) and the business's premises (``jycs`` 经营场所), a shop open to
everyone, not a home. In prose and tables the label says so (``unitcontacts``: 经营场所,
营业地址 …); here the key does, read as a label is: its head is its last word, the datum
(地址, 场所, 地点, 住所: ``dz``, ``cs``, ``dd``, ``zs``, ``addr``, ``address``, ``location``),
and the word right before the head says whose place it is. A business's word there
(经营, 营业, 注册, 门店, 店铺: ``jy``, ``yy``, ``zc``, ``md``, ``dp``; business, shop,
store, premises, ``biz``) makes it the business's; a person's (经营者, 负责人, 业主:
``jyz``, ``fzr``, ``yz``; owner, operator, keeper) the person's, as ``jyzzs`` is, and
is left to the other rules. A Chinese key is read as a label (``"经营场所": "…"``).

The key is the JSON field's (``"key": "value"``) or the XML element's (``<key>value``)
right before the address; a flat (室, 单元) is a home whatever the key
(``unitcontacts.homestead``).
"""

from __future__ import annotations

import re

from .unitcontacts import _business_only, homestead

Candidate = tuple[int, int, str, float]

# the key right before a value: a JSON field's or an XML element's
_JSON_KEY = re.compile(r'"([^"\\\n]{1,40})"\s*:\s*"$')
_XML_KEY = re.compile(r"<([A-Za-z_\u4e00-\u9fff][\w.\-\u4e00-\u9fff]{0,39})(?:\s[^<>]*)?>$")
# a key's words: split at signs and camelCase
_SPLIT = re.compile(r"[_\-.\s]+|(?<=[a-z0-9])(?=[A-Z])")
# the head of a place's key (地址, 场所, 地点, 住所, 位置)
_PLACE_HEAD = ("dizhi", "dz", "cs", "dd", "zs", "wz", "address", "addr", "adr", "location", "site")
# the word before the head: a business's or a person's (initials and words)
_BUSINESS = ("jy", "yy", "zc", "md", "dp", "business", "biz", "shop", "store", "premises")
_PERSON = ("jyz", "fzr", "yz", "fr", "owner", "operator", "keeper", "holder", "person")
_BUSINESS_WORDS = frozenset((*_BUSINESS, "premises", "shopaddr", "storeaddr"))
_LETTERS = re.compile(r"[a-z]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _split_pinyin(part: str) -> list[str] | None:
    """``part`` (letters) as modifiers and a place's head at its end, or None: "jycs" is
    jy cs, "jyzzs" jyz zs (the longest person's word first: 经营者 before 经营)."""
    for head in _PLACE_HEAD:
        if part.endswith(head) and len(part) > len(head):
            stem = part[: -len(head)]
            for word in sorted((*_PERSON, *_BUSINESS), key=len, reverse=True):
                if stem.endswith(word):
                    return [stem[: -len(word)], word, head] if stem != word else [word, head]
            return [stem, head]
    return None


def business_key(key: str) -> bool:
    """Whether ``key`` names a business's place (module docstring)."""
    if ":" in key and not _CJK.search(key):
        key = key.rsplit(":", 1)[1]  # a namespace prefix
    if _CJK.search(key):
        return _business_only(key)
    words: list[str] = []
    for raw in _SPLIT.split(key):
        part = raw.lower().rstrip("0123456789")
        if not part:
            continue
        split = (
            _split_pinyin(part) if _LETTERS.fullmatch(part) and part not in _PLACE_HEAD else None
        )
        words.extend(w for w in (split or [part]) if w)
    if len(words) < 2 and not (words and words[0] == "premises"):
        return False
    if words[-1] == "premises":
        return len(words) == 1 or words[-2] not in _PERSON
    if words[-1] not in _PLACE_HEAD:
        return False
    modifier = words[-2]
    return modifier in _BUSINESS_WORDS and not any(w in _PERSON for w in words[:-2])


def _key_before(text: str, start: int) -> str | None:
    """The JSON field's or XML element's key whose value begins at ``start``."""
    before = text[start - 60 if start > 60 else 0 : start]
    m = _JSON_KEY.search(before)
    if m is None and before.endswith(">"):
        m = _XML_KEY.search(before)
    return m.group(1) if m else None


def business_key_places(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the addresses under a business's place's key."""
    if '"' not in text and "<" not in text:
        return cands
    drop: set[int] = set()
    for i, (s, e, kind, _conf) in enumerate(cands):
        if kind != "address" or text[s - 1 : s] not in ('"', ">"):
            continue
        key = _key_before(text, s)
        if key and business_key(key) and not homestead(text, s, e):
            drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands
