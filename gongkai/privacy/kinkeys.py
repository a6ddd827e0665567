"""A person's name under an export's key whose sibling key gives that person's kinship
(issue 16, privfix27b, docs304).

A platform's export names, beside each record's own person, another person the office
keeps in touch with — a guardian, a guarantor, a family contact — under a key of its own
whose initials no list knows (``jlr``, ``bzr``, ``jhr``), and gives the kinship under the
same key with ``gx`` (关系) after it and the phone under the key with ``dh``:
``"jlr":"X","jlrgx":"配偶","jlrdh":"139…"``. A key whose ``…gx`` sibling holds a kinship
word (配偶, 父亲, 姐姐 …) holds a private person: its value is a name whenever it has a
name's shape (two to four Han characters, or a transliterated name with a middle dot),
though the name model may not know it (Mongolian and Tibetan names have no surname:
其木格, 萨仁高娃). Not a name: a value holding 某 or a digit, a word no name is (本人, 无,
同上: ``vocab.NON_NAME``), one ending like a place or a unit (…村, …局, …所).

Read in JSON (``"key":"value"``, one record a line) and XML (``<key>value</key>``), keys
in either case; the stem's value must stand in the same record, before the kinship key and
within 300 characters of it.

Speed: nothing is read unless the text holds ``gx"`` or ``gx>`` (or in capitals), found by
``str.find``; only the few characters around each such key are looked at.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .listwords import NON_NAME
from .wordfind import cue_positions

Candidate = tuple[int, int, str, float]

_KIN = frozenset(
    (
        "配偶", "丈夫", "妻子", "夫妻", "父亲", "母亲", "父母", "父子", "母子", "母女", "父女",
        "儿子", "女儿", "子女", "长子", "次子", "长女", "次女", "兄弟", "姐妹", "哥哥", "姐姐",
        "弟弟", "妹妹", "兄妹", "姐弟", "祖父", "祖母", "外祖父", "外祖母", "爷爷", "奶奶",
        "外公", "外婆", "孙子", "孙女", "外孙", "外孙女", "叔叔", "伯父", "姑姑", "舅舅",
        "阿姨", "姨妈", "婶婶", "岳父", "岳母", "公公", "婆婆", "女婿", "儿媳", "侄子",
        "侄女", "外甥", "外甥女", "亲属", "夫", "妻", "父", "母", "子", "女", "兄", "弟",
        "姐", "妹",
    )
)  # fmt: skip
_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,10}")
_NOT_END = frozenset("村组镇乡街路巷号室楼局委办院所站队部处科股")
_KEY = re.compile(r"[A-Za-z_]{1,12}$")
_CUES = ('gx"', "gx>", 'GX"', "GX>")
_WINDOW = 300
_JSON_VALUE = re.compile(r'"[ \t]*:[ \t]*"([^"\n]{0,40})"')
_XML_VALUE = re.compile(r">([^<\n]{0,40})</")


def _json_value(text: str, at: int) -> tuple[int, int] | None:
    """The span of a JSON string value right after the key ending at ``at`` (``"`` of the key)."""
    m = _JSON_VALUE.match(text, at)
    return m.span(1) if m else None


def _xml_value(text: str, at: int) -> tuple[int, int] | None:
    m = _XML_VALUE.match(text, at)
    return m.span(1) if m else None


def _stem_value(text: str, stem: str, lo: int, hi: int, xml: bool) -> tuple[int, int] | None:
    key = ("<" + stem + ">") if xml else ('"' + stem + '"')
    k = text.rfind(key, lo, hi)
    if k < 0:
        return None
    return _xml_value(text, k + len(key) - 1) if xml else _json_value(text, k + len(key) - 1)


def _name(value: str) -> bool:
    return (
        _NAME.fullmatch(value) is not None
        and "某" not in value
        and value not in NON_NAME
        and value not in _KIN
        and value[-1] not in _NOT_END
    )


def kin_keys(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the names under a key whose ``…gx`` sibling holds a kinship
    (module docstring)."""
    hits = cue_positions(text, _CUES)  # (no cue overlaps itself)
    if not hits:
        return cands
    spans = sorted((c[0], c[1]) for c in cands)
    starts = [s for s, _e in spans]
    added: list[Candidate] = []
    for k in sorted(hits):
        xml = text[k + 2] == ">"
        opener = text.rfind("<" if xml else '"', k - 14 if k > 14 else 0, k)
        if opener < 0:
            continue
        key = text[opener + 1 : k + 2]
        if not _KEY.fullmatch(key) or len(key) < 3:
            continue
        kin = _xml_value(text, k + 2) if xml else _json_value(text, k + 2)
        if kin is None or text[kin[0] : kin[1]].strip() not in _KIN:
            continue
        lo = opener - _WINDOW if opener > _WINDOW else 0
        lo = max(lo, text.rfind("\n", lo, opener) + 1) if not xml else lo
        got = _stem_value(text, key[:-2], lo, opener, xml)
        if got is None:
            continue
        s, e = got
        value = text[s:e]
        if not _name(value):
            continue
        i = bisect_left(starts, e)
        if any(a < e and s < b for a, b in spans[i - 8 if i > 8 else 0 : i]):
            continue
        added.append((s, e, "name", 0.8))
    return sorted(cands + added) if added else cands
