"""Persons enumerated with 、 in prose ("阎桂枝、逄立国因死亡"), split from ``names``."""

from __future__ import annotations

import re
from itertools import repeat

from . import validators as v
from .names import Candidate, best_name, name_ending
from .patterns import WEAK_CUES

# --- persons enumerated with 、 in prose ----------------------------------------------

_BRACKETED = re.compile(r"[（(][^（()）\n]{1,24}[）)]")
# a note after a listed name, blanked before the clause is cut: it may hold a home and a
# relative's phone ("康某（家住…，女儿…电话…）、龚某、尹某")
_NOTE = re.compile(r"[（(][^（()）\n]{1,60}[）)]")
# Officials acting in office enumerated before the list ("执法人员冉文、苟立新"): not
# private persons (RULES.md §4).
_OFFICIALS_BEFORE = re.compile(
    r"(?:执法|工作|检查|调查|办案|承办|经办|审核|核查|评审|监督)人员$|(?:审判员|书记员|执法员|仲裁员|"
    r"调解员|陪审员|"
    r"局长|主任|书记|县长|镇长|乡长|市长|区长|科长|股长|所长|站长|干部|领导|委员|"
    r"民警|警官|法官|检察官|警察|监督员|监察员|公证员|估价师|评估师|鉴定人|鉴定师|审计师|会计师|"
    r"测绘师)$"
)


def enumerated_names(text: str) -> list[Candidate]:
    """Persons enumerated with 、 in prose ("阎桂枝、逄立国因死亡", "王立新（县财政局）、
    黎娜（清水河镇）、于洋"): every piece between the first and the last must be a name
    on its own; the first piece ends with one and the last starts with one. At least one
    of them has three characters or more (a list of two-character words is rarely one
    of persons), and two-character names must be made of given-name characters."""
    out: list[Candidate] = []
    done = 0
    n = len(text)
    rfind = text.rfind
    # the piece after a 、 is a name in every list of persons: a surname follows it
    for at in _surname_after(text):
        if at < done:
            continue
        # the piece before the 、 ends with a name (a note in brackets may follow it)
        k = at
        if text[k - 1 : k] in "）)":
            k = max(
                text.rfind("（", at - 62 if at > 62 else 0, at),
                text.rfind("(", at - 62 if at > 62 else 0, at),
            )
        if k <= 0 or not (name_ending(text, k) or text[k - 1] == "·" or "·" in text[k - 8 : k]):
            continue
        # the piece after the 、 must be a name, or start with one if the list ends there
        piece = _PIECE.match(text, at + 1).group()
        if not (
            v.plausible_name(piece, strict=len(piece) == 2)
            or _DOT_NAME.fullmatch(piece)
            or (text[at + 1 + len(piece) : at + 2 + len(piece)] != "、" and best_name(piece))
        ):
            continue
        lo = max(
            max(map(rfind, _BREAKS, repeat(at - 300 if at > 300 else 0), repeat(at))) + 1,
            at - 300,
            0,
        )
        end = _CLAUSE_REST.match(text, at, min(n, at + 300)).end()
        opened = max(text.rfind("（", lo, at), text.rfind("(", lo, at))
        if opened >= 0 and _CLOSE.search(text, opened, at) is None and _long_note(text, opened):
            # "…等11户（另3户为张三、李四，均未参加）": a list inside an open note
            lo = opened + 1
            close = _CLOSE.search(text, at, end)
            end = close.start() if close else end
        else:
            opens = max(text.rfind("（", at, end), text.rfind("(", at, end))
            if opens >= 0 and _CLOSE.search(text, opens, end) is None and _long_note(text, opens):
                end = opens  # the list ends where a note opens that the clause does not close
        done = end
        if text[lo - 1 : lo] in "：:" and _OFFICIALS_BEFORE.search(
            text, lo - 9 if lo > 9 else 0, lo - 1
        ):
            continue  # "核查人员：田玉成、海燕": officials acting in office
        sitting_in = text[lo - 1 : lo] in "：:" and _SITTING_IN.search(
            text, lo - 7 if lo > 7 else 0, lo - 1
        )
        clause = text[lo:end]
        if "（" in clause or "(" in clause or "）" in clause or ")" in clause:
            # a note in brackets may hold a comma: blank the notes, then cut the clause again
            base = at - 300 if at > 300 else 0
            k = at - base
            window = _NOTE.sub(_blank_note(k), text[base:end])
            c_start = max(map(window.rfind, _BREAKS, repeat(0), repeat(k))) + 1
            found = _enumeration(window, c_start, len(window))
            out += [
                (s + base, e + base, kind, conf)
                for s, e, kind, conf in found
                if not (sitting_in and _UNIT_NOTE.match(text, e + base))
            ]
        else:
            out += [
                (s + lo, e + lo, kind, conf)
                for s, e, kind, conf in _enumeration(clause, 0, len(clause))
            ]
    return out


_CLOSE = re.compile(r"[）)]")
# Those who sit in on a meeting (列席) noted by their organ or company ("列席人员：郑某（某街道
# 城建办）、陈某（某设计有限公司设计师）") attend in that role, not as private persons; one
# noted as a resident or owner (（业主）, （居民代表）) stays a person (README, 列席)
_SITTING_IN = re.compile(r"列席(?:人员|单位(?:人员)?|代表)?$")
_UNIT_NOTE = re.compile(
    r"[（(](?![^（()）\n]*(?:业主|居民|村民|住户|租户|户主|群众))[^（()）\n]{0,30}?(?:办公室|办|局|委|政府|街道|公司|集团|院|所|中心|站|队|厂|行|协会|社区|村委会|"
    r"居委会)(?:[^（()）\n，,、]{0,8})[）)]"
)


def _blank_note(k: int):
    """Blank a note, but not a long one the list stands in ("（组长：X，专家：Y、Z）")."""

    def blank(b: re.Match[str]) -> str:
        inside = b.start() < k < b.end() and _BRACKETED.fullmatch(b.group()) is None
        return b.group() if inside else " " * len(b.group())

    return blank


def _long_note(text: str, opened: int) -> bool:
    """Whether the note opening at ``opened`` is too long to be blanked as one (a clause)."""
    return _BRACKETED.match(text, opened) is None


_BREAKS = tuple('\n。；;！!？?，,：:“”"')
_SURNAME_CHARS = "".join(sorted(v.SURNAMES | v.RARE_SURNAMES))
_GIVEN_CLASS = "".join(sorted(v.GIVEN_CHARS))
# a surname and a given-name character, a surname and one or two characters that end
# the piece, a compound surname, or a transliterated name: the regex engine refuses
# the other hits of 、 before any Python runs. The compound surnames are tried only
# after their first characters' class has matched: 62 branches tried one by one at
# each of the many 、 cost half the search (issue 16, speed)
_COMPOUND_FIRST = "".join(sorted({s[0] for s in v.COMPOUND_SURNAMES}))
_SURNAME_AFTER = re.compile(
    f"、(?=[{_SURNAME_CHARS}](?:[{_GIVEN_CLASS}]{{2}}|[\u4e00-\u9fff]{{1,2}}(?:[、，,。；;：:（(\\s]|$))"
    f"|(?=[{_COMPOUND_FIRST}])(?:{'|'.join(sorted(v.COMPOUND_SURNAMES))})"
    ")"
)


def _surname_after(text: str) -> list[int]:
    """The positions of the 、 that ``_SURNAME_AFTER`` matches, and of those before a
    transliterated name's first part (two to six Chinese characters and its dot: "、买买提·
    吐尔逊"), found from the dots (rare; tried at every 、, that part cost a quarter of
    the search)."""
    found = [m.start() for m in _SURNAME_AFTER.finditer(text)]
    dot = text.find("·")
    if dot < 0:
        return found
    dotted = set()
    while dot >= 0:
        for at in range(dot - 7 if dot > 7 else 0, dot - 2):
            if text[at] == "、" and _CJK_RUN.fullmatch(text, at + 1, dot):
                dotted.add(at)
        dot = text.find("·", dot + 1)
    return sorted(dotted.union(found)) if dotted else found


_CJK_RUN = re.compile("[\u4e00-\u9fff]+")
_PIECE = re.compile(r"[^、\n。；;！!？?，,：:“”\"（( \u3000]*")
_CLAUSE_REST = re.compile(r"[^\n。；;！!？?，,：:“”\"]*")


def _enumeration(plain: str, start: int, end: int) -> list[Candidate]:
    lead = _ENUMERATOR.match(plain, start, end)  # "一、授予程家旺（…）、柯小兵": not a piece
    start = lead.end() if lead else start
    parts = plain[start:end].split("、")
    last = len(parts) - 1
    if not last:
        return []
    found: list[Candidate] = []
    doubtful: list[Candidate] = []  # a rare surname of no list (剡, 拜) in a long list
    k = start + len(parts[0]) + 1
    # the pieces after the first, cheapest to refuse; then the first
    for n in range(1, last + 1):
        raw = parts[n]
        value = raw.strip(" \u3000")
        a = k + len(raw) - len(raw.lstrip(" \u3000"))
        k += len(raw) + 1
        if not value:
            return []
        if _DOT_NAME.fullmatch(value) or v.plausible_name(value, strict=len(value) == 2):
            found.append((a, a + len(value), "name", 0.75))
        elif n == last and (name := best_name(value)):
            found.append((a, a + len(name), "name", 0.7))
        elif _UNKNOWN_SURNAME.fullmatch(value) and 4 * len(doubtful) + 4 <= last + 1:
            doubtful.append((a, a + len(value), "name", 0.7))  # 剡玉林 among many persons
        else:
            return []
    raw = parts[0]
    value = raw.strip(" \u3000")
    a = start + len(raw) - len(raw.lstrip(" \u3000"))
    b = a + len(value)
    if value and (_DOT_NAME.fullmatch(value) or v.plausible_name(value, strict=len(value) == 2)):
        found.append((a, b, "name", 0.75))
    else:
        tail = name_ending(plain, b) if value else None
        if tail is None or _OFFICIALS_BEFORE.search(plain[max(0, tail[0] - 8) : tail[0]]):
            return []
        if tail[1] - tail[0] >= 3 and _in_cue(plain, tail[0]):
            tail = (tail[0] + 1, *tail[1:])  # "与邻居丁香、…": 居 closes the cue, no surname
        found.append(tail)
    if not any(e - s >= 3 for s, e, _k, _c in found):
        return []
    if doubtful:
        if len(found) < 3 * len(doubtful):
            return []
        found += doubtful
    found.sort()
    return found


# words for a person whose last character is also a surname (邻居 ends in 居)
_CUE_ENDS: dict[str, tuple[str, ...]] = {}
for _w in WEAK_CUES:
    if _w[-1] in v.SURNAMES or _w[-1] in v.RARE_SURNAMES:
        _CUE_ENDS[_w[-1]] = (*_CUE_ENDS.get(_w[-1], ()), _w)


def _in_cue(plain: str, at: int) -> bool:
    """Whether the character at ``at`` closes a word for a person (邻居丁香: 居)."""
    words = _CUE_ENDS.get(plain[at : at + 1], ())
    return any(plain.startswith(w, at + 1 - len(w)) for w in words)


# a three-character piece whose surname is on no list: a person only in a long list of
# persons (at most one piece in four, every other a name), ending in a given-name
# character and in no unit's or place's last character
_UNKNOWN_SURNAME = re.compile(
    f"[\u4e00-\u9fff]{{2}}[{_GIVEN_CLASS}](?<![村镇乡局站队所组社区县市省路街号楼室院园店厂司会])"
)
_DOT_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}")
_ENUMERATOR = re.compile(r"[ \u3000]*(?:[一二三四五六七八九十]{1,3}|\d{1,3})、")
