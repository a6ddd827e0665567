"""Personal names, which only context reveals: labels, cues, table columns, neighbours.

A name is two to four characters starting with a common surname (``validators``);
these functions decide where such characters are a person's name: after a label
(申请人：张三), after or before a cue word (村民张三, 张三同志), or right before an ID
or phone number. Names in the columns of tables are found by ``tables``.
"""

from __future__ import annotations

import re
from itertools import repeat

from . import validators as v
from .patterns import (
    LABEL_LINE,
    LABEL_TAIL,
    LABEL_WORDS,
    ORG_SUFFIX,
    PREFIX_CUES,
    WEAK_CUES,
)
from .tails import before_name

Candidate = tuple[int, int, str, float]  # start, end, type, confidence

_CJK_CHAR = re.compile(r"[\u4e00-\u9fff·]")
# Words after which the characters before an ID or phone number are a name.
# a company's legal representative is public registration data (tables.BUSINESS_HEADERS)
_BUSINESS_LABELS = ("法定代表人", "负责人", "经营者")
LEAD_WORDS = (*LABEL_WORDS, *PREFIX_CUES, "户主", "家属", "本人", "配偶", "之子", "之女", "系")


# Characters that, before a surname, usually belong to the words before the name
# ("授予王立新", "向李明"): a two-character name is preferred after them.
_LEAD_CHARS = frozenset("向对和与给由被让及将把为从于经据在是系称授予请及")
# What may follow a name that stands alone (a label's value, a list's piece).
_BOUNDARY = re.compile(r"[^\u4e00-\u9fff·]|$")
# A company in the lines before a 法定代表人 / 负责人 label: the company's
# representative, public registration data (RULES.md §4).
_COMPANY_BEFORE = re.compile(r"公司|集团|有限|合作社|企业|事务所|研究院|股份|厂")
_INDIVIDUAL = re.compile(r"个体|个人独资|自然人")


def best_name(run: str, *, strict: bool = True) -> str:
    """The name at the start of ``run`` (a compound surname, three or two characters).

    ``strict``: every given-name character must be common in given names (weak
    context); otherwise a known surname and no character that cuts names.
    """
    sizes = (4, 3, 2) if run[:2] in v.COMPOUND_SURNAMES else (3, 2)
    for size in sizes:
        piece = run[:size]
        if len(piece) == size and v.plausible_name(piece, strict=strict):
            if size == 3 and strict and piece[2] in "家因于等向在和与及为的":
                continue  # "牛丽家庭", "于洋等": the third character opens the next word
            return piece
    return ""


def name_ending(text: str, end: int, *, strict: bool = True) -> Candidate | None:
    """The name that ends at ``end`` in prose (the last piece of words before it)."""
    run = text[max(0, end - 4) : end]
    if len(run) == 4 and run[:2] in v.COMPOUND_SURNAMES and v.plausible_name(run, strict=strict):
        return end - 4, end, "name", 0.7
    three, two = run[-3:], run[-2:]
    if len(three) == 3 and v.plausible_name(three, strict=strict):
        if not (three[0] in _LEAD_CHARS and v.plausible_name(two, strict=True)):
            return end - 3, end, "name", 0.7
    if len(two) == 2 and v.plausible_name(two, strict=True):
        return end - 2, end, "name", 0.65
    return None


def name_before(text: str, end: int, conf: float) -> Candidate | None:
    """The name that ends right at ``end`` (three, four or two characters)."""
    run = text[max(0, end - 4) : end]
    if len(run) == 4 and run[:2] in v.COMPOUND_SURNAMES and v.name_shape(run) == run:
        return end - 4, end, "name", conf  # "欧阳子涵", not "阳子涵"
    for size in (3, 4, 2):
        piece = run[-size:]
        if len(piece) == size and v.name_shape(piece) == piece:
            return end - size, end, "name", conf
    # a name standing alone between a line start or punctuation and the cue may hold a
    # character that cuts names in running text ("蒲家豪，男，")
    for size in (3, 2):
        piece = run[-size:]
        before = text[end - size - 1 : end - size] if end - size > 0 else ""
        if (
            len(piece) == size
            and (not before or not _CJK_CHAR.match(before))
            and (piece[0] in v.SURNAMES)
            and all("\u4e00" <= c <= "\u9fff" for c in piece)
        ):
            return end - size, end, "name", conf - 0.1
    return None


def name_from_label(text: str, label_end: int, *, cue: bool = False) -> Candidate | None:
    """The name written after a label such as 申请人： or a cue such as 村民."""
    m = LABEL_TAIL.match(text, label_end)
    if not cue and not text[max(0, label_end - 5) : label_end].endswith(_BUSINESS_LABELS):
        line = LABEL_LINE.match(text, label_end)
        if line and v.name_shape(line.group(1)) == line.group(1):
            return line.start(1), line.end(1), "name", 0.85
    if not m:
        return None
    start = m.start(2)
    run = m.group(2)
    if "·" in run[1:-1] and m.group(1):
        # a transliterated name (买买提·艾力) has no Chinese surname but its dot
        return start, start + len(run), "name", 0.8
    if (
        not cue
        and m.group(1)
        and _BOUNDARY.match(text, start + len(run))
        and v.plausible_name(run, strict=False)
    ):
        # the whole value up to the line's end or a sign ("当事人：晏国栋\n")
        if _company_representative(text, label_end):
            return None
        return start, start + len(run), "name", 0.9
    if (
        cue
        and not m.group(1)
        and len(run) == 3
        and _BOUNDARY.match(text, start + 3)
        and v.plausible_name(run, strict=False)
    ):
        return start, start + 3, "name", 0.6  # "香港居民甘家俊，": the whole word after the cue
    name = v.name_shape(run)
    if not name:
        return None
    if not m.group(1) and len(name) == 2 and not v.plausible_given(name[1:]):
        return None  # "当事人陈述": no sign after the label, and no given name
    if not cue and _company_representative(text, label_end):
        return None
    after = text[start + len(name) : start + len(name) + 14]
    if after and after[0] not in v.NAME_STOP and ORG_SUFFIX.match(after):
        return None  # "申请人：王氏实业有限公司" names an organisation
    if cue:
        return (start, start + len(name), "name", 0.6) if not m.group(1) else None
    conf = 0.9 if m.group(1) or label_end < start else 0.7
    return start, start + len(name), "name", conf


def _company_representative(text: str, label_end: int) -> bool:
    """法定代表人 / 负责人 / 经营者 after a company's name in the lines before."""
    if not text[max(0, label_end - 5) : label_end].endswith(_BUSINESS_LABELS):
        return False
    if text[max(0, label_end - 5) : label_end - 3].endswith(("项目", "技术", "工程")):
        return False  # 项目负责人, 技术负责人: the company's staff named as persons
    before = text[max(0, label_end - 160) : label_end]
    return bool(_COMPANY_BEFORE.search(before)) and not _INDIVIDUAL.search(before)


def names_near(text: str, anchors: list[Candidate]) -> list[Candidate]:
    """A name written right before an ID or phone number: "张三 110105…"; and every
    other mention of a name already found (``repeated_names``)."""
    out: list[Candidate] = repeated_names(text, anchors)
    for start, _end, kind, _conf in anchors:
        if kind not in ("id_card", "mobile"):
            continue
        lo = max(0, start - 24)
        span = before_name(text[lo:start])  # BEFORE_NAME.search(…).span(1), faster
        if span is None:
            continue
        run_start, run_end = lo + span[0], lo + span[1]
        run = text[run_start:run_end]
        k = run_start
        while k > 0 and run_start - k < 8 and _CJK_CHAR.match(text[k - 1]):
            k -= 1
        for size in (4, 3, 2):
            if len(run) < size:
                continue
            piece = run[-size:]
            name = v.name_shape(piece)
            if name != piece:
                continue
            # the name opens its run of characters ("，张三，电话…") or follows a label
            # or cue ("户主张三"); "油烟严重，电话…" is no name
            lead = text[k : run_end - size]
            if lead.endswith("联系"):
                break  # "联系方式：…" (系 is a lead word only as in "户主系")
            if not lead or lead.endswith(LEAD_WORDS):
                out.append((run_end - size, run_end, "name", 0.8))
            break
    return out


# how far from a person's first finding another mention counts as the same person (one
# document; a text holding many documents has other persons of the same name)
REPEAT_WINDOW = 2000


def repeated_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """Every other mention of a person already named nearby ("受伤害职工：宋家旺 …
    12月3日，宋家旺驾驶…"): a name of three characters or more found with a label, a
    cue or in a column, wherever it stands again within ``REPEAT_WINDOW`` characters
    (not as the start of a longer name)."""
    out: list[Candidate] = []
    seen: set[int] = set()
    for s, e, kind, conf in found:
        if kind != "name" or conf < 0.7 or e - s < 2 or (e - s == 2 and conf < 0.9):
            continue  # a two-character name only when found with a label or in a column
        name = text[s:e]
        size = e - s
        hi = min(len(text), e + REPEAT_WINDOW)
        at = text.find(name, max(0, s - REPEAT_WINDOW), hi)
        while at >= 0:
            after = text[at + size : at + size + 1]
            if (
                at != s
                and at not in seen
                and (not after or after not in v.GIVEN_CHARS or after in v.NAME_STOP)
                and (size > 2 or _alone_two(text, at))
            ):
                seen.add(at)
                out.append((at, at + size, "name", 0.65))
            at = text.find(name, at + size, hi)
    return out


def _alone_two(text: str, at: int) -> bool:
    """A two-character name standing again as a word of its own ("，姜德、曲丽夫妇")."""
    before = text[at - 1 : at] if at else ""
    after = text[at + 2 : at + 3]
    return (not _CJK_CHAR.match(before) or before in "、和与及") and (
        not _CJK_CHAR.match(after) or after in "、和与及夫妻等"
    )


def salutation_names(text: str) -> list[Candidate]:
    """The addressees of a letter: a line holding only "张建国：" or "吕文博、龚小英："."""
    out: list[Candidate] = []
    for colon in ("：\n", ":\n"):
        at = text.find(colon)
        while at >= 0:
            line_start = text.rfind("\n", max(0, at - 30), at) + 1
            if line_start or at <= 29:
                line = text[line_start:at]
                pieces = list(_ADDRESSEES.finditer(line))
                if 0 < len(pieces) <= 6 and _ADDRESSEE_LINE.fullmatch(line):
                    names = [m for m in pieces if v.name_shape(m.group()) == m.group()]
                    if len(names) == len(pieces):
                        for m in names:
                            out.append((line_start + m.start(), line_start + m.end(), "name", 0.7))
            at = text.find(colon, at + 2)
    return out


_ADDRESSEES = re.compile(r"[\u4e00-\u9fff]{2,4}")
_ADDRESSEE_LINE = re.compile(
    r"[ \u3000]*[\u4e00-\u9fff]{2,4}(?:[、，,和][\u4e00-\u9fff]{2,4}){0,5}[ \u3000]*"
)


_LIST_HEAD = re.compile(r"名单(?:如下)?[ \u3000]*[:：]?[ \u3000]*\n?")
_LIST_ROLE = re.compile(r"[（(][^）)\n]{1,12}[）)]")
_LIST_SPLIT = re.compile(r"[、，,；;]")


def listed_names(text: str) -> list[Candidate]:
    """Persons listed after a heading that ends in 名单 ("评审专家名单\n朱建设、陈红梅…"):
    every piece of the line must be a name (a role in brackets may follow it)."""
    out: list[Candidate] = []
    for head in _LIST_HEAD.finditer(text):
        start = head.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if (
            end - start > 200
            or "。" in text[start:end]
            or ("、" not in text[start:end] and "，" not in text[start:end])
        ):
            continue  # a sentence, or not a list of several persons
        line = _LIST_ROLE.sub(lambda m: " " * len(m.group()), text[start:end])
        found = []
        pos = 0
        for piece in _LIST_SPLIT.split(line):
            name = piece.strip(" \u3000")
            at = start + pos + piece.index(name) if name else start
            pos += len(piece) + 1
            if not (2 <= len(name) <= 4 and v.name_shape(name) == name):
                found = []
                break
            found.append((at, at + len(name), "name", 0.8))
        if len(found) >= 2:
            out += found
    return out


# --- persons enumerated with 、 in prose ----------------------------------------------

_BRACKETED = re.compile(r"[（(][^（()）\n]{1,24}[）)]")
# Officials acting in office enumerated before the list ("执法人员冉文、苟立新"): not
# private persons (RULES.md §4).
_OFFICIALS_BEFORE = re.compile(
    r"(?:执法|工作|检查|调查|办案|承办|经办|审核|核查|评审|监督)人员$|(?:审判员|书记员|执法员|"
    r"局长|主任|书记|县长|镇长|乡长|市长|区长|科长|股长|所长|站长|干部|领导|委员)$"
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
    for m in _SURNAME_AFTER.finditer(text):
        at = m.start()
        if at < done:
            continue
        # the piece before the 、 ends with a name (a note in brackets may follow it)
        k = at
        if text[k - 1 : k] in "）)":
            k = max(text.rfind("（", max(0, at - 26), at), text.rfind("(", max(0, at - 26), at))
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
        lo = max(max(map(rfind, _BREAKS, repeat(max(0, at - 300)), repeat(at))) + 1, at - 300, 0)
        end = _CLAUSE_REST.match(text, at, min(n, at + 300)).end()
        done = end
        if text[lo - 1 : lo] in "：:" and _OFFICIALS_BEFORE.search(text, max(0, lo - 9), lo - 1):
            continue  # "核查人员：田玉成、海燕": officials acting in office
        clause = text[lo:end]
        if "（" in clause or "(" in clause:
            # a note in brackets may hold a comma: blank the notes, then cut the clause again
            window = _BRACKETED.sub(lambda b: " " * len(b.group()), text[max(0, at - 300) : end])
            base = max(0, at - 300)
            k = at - base
            c_start = max(map(window.rfind, _BREAKS, repeat(0), repeat(k))) + 1
            found = _enumeration(window, c_start, len(window))
            out += [(s + base, e + base, kind, conf) for s, e, kind, conf in found]
        else:
            out += [
                (s + lo, e + lo, kind, conf)
                for s, e, kind, conf in _enumeration(clause, 0, len(clause))
            ]
    return out


_BREAKS = tuple('\n。；;！!？?，,：:“”"')
_SURNAME_CHARS = "".join(sorted(v.SURNAMES | v.RARE_SURNAMES))
_GIVEN_CLASS = "".join(sorted(v.GIVEN_CHARS))
# a surname and a given-name character, a surname and one or two characters that end
# the piece, a compound surname, or a transliterated name: the regex engine refuses
# the other hits of 、 before any Python runs
_SURNAME_AFTER = re.compile(
    f"、(?=[{_SURNAME_CHARS}](?:[{_GIVEN_CLASS}]{{2}}|[\u4e00-\u9fff]{{1,2}}(?:[、，,。；;：:（(\\s]|$))"
    f"|{'|'.join(sorted(v.COMPOUND_SURNAMES))}|[\u4e00-\u9fff]{{2,6}}+·)"  # {2,6}+: the same
)
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
        found.append(tail)
    if not any(e - s >= 3 for s, e, _k, _c in found):
        return []
    found.sort()
    return found


_DOT_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}")
_ENUMERATOR = re.compile(r"[ \u3000]*(?:[一二三四五六七八九十]{1,3}|\d{1,3})、")


# --- a person opening a line or led by 等N名 ---------------------------------------------

_LINE_NAME = re.compile(
    r"\n[ \u3000]*(?:\d{1,3}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?"
    r"[ \u3000]*([\u4e00-\u9fff]{2,8}(?:·[\u4e00-\u9fff]{2,8})?)(?=[，,（(]|家庭[：:，,])"
)
# what makes a line one person's particulars
_PARTICULARS = re.compile(r"男|女|出生|家庭|住|证件|护照|通行证|身份证|\d{6,}")
_AMONG = re.compile(r"等(?:\d{1,4}|[一二三四五六七八九十百]{1,3})(?:名|人|位)|等人")


# a speaker named right after a quotation ("……”蒋来福说"): no title between
_SPEAKER = re.compile(r"”([\u4e00-\u9fff]{2,4}?)(?:说|表示|介绍|告诉|坦言|感慨|笑着说)")


def quoted_speakers(text: str) -> list[Candidate]:
    """A person named right after a quotation, before 说/表示 ("……”蒋来福说")."""
    out: list[Candidate] = []
    for m in _SPEAKER.finditer(text):
        name = m.group(1)
        if len(name) >= 3 and name == best_name(name):
            out.append((m.start(1), m.end(1), "name", 0.65))
    return out


def line_start_names(text: str) -> list[Candidate]:
    """A person opening a line, an item of a list of persons: "仝海燕，往来港澳通行证，
    证件号码…", "1.冼美玲家庭：户籍地…", "吐尔逊·买买提，普通护照…". The line must hold
    particulars (男/女, 出生, 家庭, 住, a document or a long number) and the name be made
    of given-name characters (or be a transliterated name with its dot)."""
    out: list[Candidate] = []
    for m in _LINE_NAME.finditer("\n" + text):
        start, end = m.start(1) - 1, m.end(1) - 1
        name = m.group(1)
        if "·" not in name and not v.plausible_name(name, strict=True):
            continue
        line_end = text.find("\n", end, end + 160)
        if not _PARTICULARS.search(text, end, line_end if line_end >= 0 else end + 160):
            continue
        out.append((start, end, "name", 0.7))
    return out


_IN_CHARGE = re.compile(r"由([\u4e00-\u9fff]{2,4}?)(?=负责|牵头|承办|具体负责)")


def persons_in_charge(text: str) -> list[Candidate]:
    """A person put in charge by name ("由卢秀英负责该项目的具体实施"); a unit or an
    official with a title (由县住建局负责, 由副局长王伟负责) is not matched."""
    out: list[Candidate] = []
    for m in _IN_CHARGE.finditer(text):
        name = m.group(1)
        if best_name(name) == name:
            out.append((m.start(1), m.end(1), "name", 0.6))
    return out


_ON_DATE = re.compile(r"于(?=\d{4}年|\d{1,2}月\d{1,2}日)")


def subjects_with_a_date(text: str) -> list[Candidate]:
    """A person opening a clause, the subject of what they did on a date ("经查，
    卢秀英于2021年3月擅自占用耕地"): a name of given-name characters between a sign
    and 于 + a date. Organisations (该公司, 县政府, 申请人) have no such name."""
    out: list[Candidate] = []
    for m in _ON_DATE.finditer(text):
        got = name_ending(text, m.start())
        if got and (got[0] == 0 or not _CJK_CHAR.match(text[got[0] - 1])):
            out.append((got[0], got[1], "name", 0.6))
    return out


def names_among(text: str) -> list[Candidate]:
    """The first of several persons, named before 等N名 ("授予王立新等20名同志")."""
    out: list[Candidate] = []
    for m in _AMONG.finditer(text):
        got = name_ending(text, m.start())
        if got and not _OFFICIALS_BEFORE.search(text[max(0, got[0] - 8) : got[0]]):
            out.append(got)  # not "派出所所长虞光等2名同志": officials named in office
    return out


# "受伤害职工：宋家旺", "参保人员：…": a label that ends in a word for a private person,
# its value a name standing alone; staff roles (记录人, 经办人, 调解员 …) are not persons
_PERSON_WORDS = "职工|员工|学生|患者|考生|农户|家属"
_PERSON_LABELS = tuple(
    re.compile(
        rf"{colon}(?<=(?:{_PERSON_WORDS}){colon})[ \u3000]*"
        r"([\u4e00-\u9fff]{2,4})(?=[\s，,（(；;。]|$)"
    )
    for colon in ("：", ":")  # each led by its literal, for the engine's fast scan
)


def person_labels(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in (m for pattern in _PERSON_LABELS for m in pattern.finditer(text)):
        name = m.group(1)
        if v.plausible_name(name) and not _OFFICIALS_BEFORE.search(
            text[max(0, m.start() - 6) : m.end(0) - len(name) - 1]
        ):
            out.append((m.start(1), m.end(1), "name", 0.8))
    return out


_NAME_LINE = re.compile(
    r"\n[ \u3000]*([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6})[ \u3000]*(?=\n|$)"
)


def names_one_a_line(text: str) -> list[Candidate]:
    """Three or more lines in a row that each hold only a name (a list of persons, one
    a line, as an HTML list reaches the scanner); each a name (two characters: of
    given-name characters), none a common word."""
    out: list[Candidate] = []
    run: list[Candidate] = []
    last_end = -2
    for m in _NAME_LINE.finditer("\n" + text):
        name = m.group(1)
        start, end = m.start(1) - 1, m.end(1) - 1
        ok = "·" in name or v.plausible_name(name, strict=len(name) == 2)
        if ok and m.start() == last_end:
            run.append((start, end, "name", 0.7))
        else:
            if len(run) >= 3:
                out += run
            run = [(start, end, "name", 0.7)] if ok else []
        last_end = m.end() if ok else -2
    if len(run) >= 3:
        out += run
    return [c for c in out if not _officials_heading(text, c[0])]


# a heading over officials (领导班子, 局长, 组长 …): their names act in office
_OFFICIALS_HEADING = re.compile(r"领导|班子|分工|局长|主任|书记|委员|组长|县长|镇长|签发|主持")


def _officials_heading(text: str, start: int) -> bool:
    """Whether the nearest line above ``start`` that is not a name heads officials."""
    pos = start
    for _ in range(40):
        line_start = text.rfind("\n", 0, max(0, pos - 1)) + 1
        line = text[line_start : pos - 1].strip(" \u3000")
        if not line or _NAME_LINE.fullmatch("\n" + line):
            if line_start == 0:
                return False
            pos = line_start
            continue
        return bool(_OFFICIALS_HEADING.search(line))
    return False


# Searched from the cue's last character, then whether a surname follows, and only then
# which cue ends there (lookbehinds): the engine scans for one character class and
# refuses almost every hit at the next character.
_WEAK_CUE = re.compile(
    "[{}](?=[{}])(?:{})".format(
        "".join(sorted({c[-1] for c in WEAK_CUES})),
        "".join(sorted(v.SURNAMES | v.RARE_SURNAMES | {c[0] for c in v.COMPOUND_SURNAMES})),
        "|".join(f"(?<={re.escape(c)})" for c in sorted(WEAK_CUES, key=len, reverse=True)),
    )
)


def weak_cue_names(text: str) -> list[Candidate]:
    """A name right after a word for a private person (``WEAK_CUES``: 市民, 农户, 驾驶人
    …), made of given-name characters ("市民聂雨桐来电反映", "群众于洋多次反映")."""
    out: list[Candidate] = []
    for m in _WEAK_CUE.finditer(text):
        end = m.end()
        name = best_name(text[end : end + 4])
        if name:
            out.append((end, end + len(name), "name", 0.6))
    return out


def names_in_prose(text: str) -> list[Candidate]:
    """Persons in prose without a label: enumerations, line-opening persons, 等N名,
    subjects with a date, persons put in charge, speakers after a quotation."""
    out = weak_cue_names(text) + line_start_names(text) + names_among(text)
    out += subjects_with_a_date(text)
    out += persons_in_charge(text) + person_labels(text) + names_one_a_line(text)
    if "、" in text:
        out += enumerated_names(text)
    if "”" in text:
        out += quoted_speakers(text)
    return out
