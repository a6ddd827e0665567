"""Persons in lists laid out by numbers and spaces, and at the head of a notice's item.

Forms (README "Names in lists without a label"):

- **Numbered pairs** (摇号, 选房, 排序 results): a line of two pairs or more, each a
  sequence number and a person ("001 张三　002 李四", "1\\t王五  2\\t赵六"), nothing
  else on it. Every piece is a name by its surname or held (no word of a unit, role or
  heading); half of them at least by their surname.
- **A line of names under an introduction**: a line holding only two names or more,
  separated by spaces, right under a line that ends with its sign ("下列家庭…：");
  not under a heading of officials (领导, 委员, 出席 …).
- **The subject of a lost-document notice** (遗失声明): a person at a paragraph's
  start before 遗失 or 丢失 ("　　张三遗失居民身份证"); a unit (公司, 合作社 …) is
  no person.
- **A vote's rows** (村委会 election results): a first cell …候选人, 监票人, 计票人, 唱票人,
  当选人 and the persons in the next cell; an envoy or official noted in brackets acts
  in office.

All forms are found from one search of line starts (``_ANCHORS``, led by the newline:
the engine skips from line to line), so a text costs about one scan for its newlines.
"""

from __future__ import annotations

import re

from . import validators as v

Candidate = tuple[int, int, str, float]

_CJK = "\u4e00-\u9fff"
# the anchors of the forms, each at a line's start (led by the newline, a literal: the
# engine skips from line to line): a line that opens with a number and a name, a
# paragraph that opens with a name and 遗失, a vote's row, a line after a line's sign
_SEQ = r"[A-Z]{0,2}\d{1,4}"
# a sequence number's end before its person: a gap, or a sign and maybe a gap ("1.张三"),
# or a circled number and maybe a gap ("①张三 ②李四")
_NUMBERED = rf"(?:{_SEQ}(?:[.．、]?[ \u3000\t]+|[.．、][ \u3000\t]*)|[①-⑳⑴-⒇][ \u3000\t]*)"
_FIRST_PAIR = re.compile(
    rf"[ \u3000\t]*{_NUMBERED}[{_CJK}]{{2,4}}(?:[（(][{_CJK}]{{1,6}}[）)])?[ \u3000\t]+(?:[A-Z]{{0,2}}\d|[①-⑳⑴-⒇])"
)
# a numbered line of one person and their sex ("1. 张三　男　…", "12、李四 女 …"), or one
# without its number where an age follows the sex ("李四　女　80岁　…")
_FIRST_SEXED = re.compile(
    rf"[ \u3000\t]*(?:\d{{1,3}}[.．、]?[ \u3000\t]*([{_CJK}]{{2,4}})[ \u3000\t]+[男女](?:[ \u3000\t，,]|$)"
    rf"|([{_CJK}]{{2,4}})[ \u3000\t]+[男女][ \u3000\t]+\d{{1,3}}(?:周岁|岁)(?:[ \u3000\t，,]|$))"
)
_FIRST_LOST = re.compile(rf"[ \u3000\t]*[{_CJK}]{{2,4}}?(?:不慎)?(?:遗失|丢失)")
# a row of a vote's result: its role (候选人, 监票人 …) in the first cell, persons in the next
_FIRST_ROLE = re.compile(rf"[ \u3000]*[{_CJK}]{{0,6}}(?:候选人|监票人|计票人|唱票人|当选人)\t")
# a line of numbered items, each a person and a note in brackets, parted by ；("A05 张三
# （电话…）；B09 李四（…）")
_FIRST_ITEM = re.compile(
    rf"[ \u3000\t]*{_SEQ}[ \u3000\t]+[{_CJK}]{{2,4}}[（(][^）)\n]{{0,60}}[）)][；;]"
)
_ITEM = re.compile(
    rf"[ \u3000\t]*{_SEQ}[ \u3000\t]+([{_CJK}]{{2,4}})[（(]([^）)\n]{{0,60}})[）)][。.]?"
)
_ANCHORS = re.compile(
    rf"\n(?:(?P<pair>(?={_FIRST_PAIR.pattern}))|(?P<lost>(?={_FIRST_LOST.pattern}))"
    rf"|(?P<role>(?={_FIRST_ROLE.pattern}))|(?P<sexed>(?={_FIRST_SEXED.pattern}))|(?P<item>(?={_FIRST_ITEM.pattern}))|(?<=[：:]\n))"
)
_ROLE_CELL = re.compile(r"[^\t\n]*")
_CELL_PIECE = re.compile(r"[^、，,；; \u3000]+")
_ROLE_PIECE = re.compile(rf"([{_CJK}]{{2,4}})(?:[（(]([^（()）\n]{{0,20}})[）)])?")
_OFFICIAL_NOTE = re.compile(r"派驻|指导员|干部|工作人员|政府|党委|街道办|局|站长|所长")
# a pair may carry a short note ("0401 安佳怡（女）")
_PAIRS = re.compile(
    rf"[ \u3000\t]*(?:{_NUMBERED}[{_CJK}]{{2,4}}(?:[（(][{_CJK}]{{1,6}}[）)])?"
    rf"(?:[ \u3000\t]+|$))+",
)
_PAIR = re.compile(rf"{_NUMBERED}([{_CJK}]{{2,4}})(?:[（(]([{_CJK}]{{1,6}})[）)])?")
_HEAD_OFFICIALS = re.compile(
    r"领导|班子|委员|组长|局长|主任|书记|县长|镇长|乡长|村长|干部|执法|工作组|主持人|记录人|审核人|签发人|"
    r"出席|列席|参会|到会|缺席|请假|专家|评委|工作人员"
)
_NAMES_LINE = re.compile(
    rf"[ \u3000\t]*[{_CJK}]{{2,4}}(?:[ \u3000\t]+[{_CJK}]{{2,4}})+[ \u3000\t]*"
)
_TOKEN = re.compile(rf"[{_CJK}]{{2,4}}")
_LOST_BEFORE = re.compile(rf"[ \u3000\t]*([{_CJK}]{{2,4}}?)(?:不慎)?(?:遗失|丢失)")


def _held(run: str) -> bool:
    from .personlists import _held as held

    return held(run)


def _pieces_ok(pieces: list[str], *, numbered: bool = False) -> bool:
    """Every piece a name by its surname or held, half of them at least by their surname,
    one a name of three characters or of given-name characters. ``numbered``: each piece
    stands between its number and a gap, so a given name may hold a character that cuts
    names in running text (潘开元, 卢映秋) when the other is a given name's."""
    from .listwords import TRANSLIT, non_name  # (imports this module's importer)

    # a name without a Chinese surname (吉克阿依, 沙马木呷): four characters of Yi,
    # Tibetan or Mongolian names count as a surname does
    by_surname = [
        p
        for p in pieces
        if v.plausible_name(p)
        or (len(p) == 4 and all(c in TRANSLIT for c in p))
        or (numbered and bounded_name(p) and not non_name(p))
    ]
    if 2 * len(by_surname) < len(pieces):
        return False
    if not all(p in by_surname or _held(p) for p in pieces):
        return False
    return any(len(p) >= 3 or v.plausible_name(p, strict=True) for p in by_surname)


def bounded_name(piece: str) -> bool:
    """A surname and two characters, one of them a given name's (卓向阳, not 严把关)."""
    return len(piece) == 3 and piece[0] in v.SURNAMES and any(c in v.GIVEN_CHARS for c in piece[1:])


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Where the line holding ``pos`` starts and ends (its newline, or the text's end)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


_LEAD_NUMBER = re.compile(r"[A-Z]{0,2}(\d+)")


def _counts_up(pairs: list[str]) -> bool:
    """Whether the pairs' sequence numbers go up, by steps a list's columns make (1, 2, 3
    or 1, 11, 21): a jump of hundreds is an amount or a count, not the next number."""
    last = None
    for pair in pairs:
        m = _LEAD_NUMBER.match(pair)
        if m is None:
            continue  # (a circled number: ①张三)
        n = int(m.group(1))
        if last is not None and not last < n <= last + 200:
            return False
        last = n
    return True


def numbered_pairs(text: str, lines: list[int]) -> list[Candidate]:
    """ "001 张三　002 李四": a line of sequence numbers, each followed by a person
    (``lines``: the starts of the lines that open with a number and a name)."""
    out: list[Candidate] = []
    done = -1
    for at in lines:
        if at < done:
            continue
        start, end = line_bounds(text, at)
        done = end
        if end - start > 200 or not _PAIRS.fullmatch(text, start, end):
            continue
        pairs = list(_PAIR.finditer(text, start, end))
        if not _counts_up([p.group() for p in pairs]):
            continue  # "2  叶丽  3600  本人领取": an amount between cells, no sequence number
        found = [
            (p.start(1), p.end(1))
            for p in pairs
            if not (p.group(2) and _OFFICIAL_NOTE.search(p.group(2)))
        ]
        if len(found) >= 2 and _pieces_ok([text[a:b] for a, b in found], numbered=True):
            out += [(a, b, "name", 0.75) for a, b in found]
    return out


def names_under_sign(text: str, signs: list[int]) -> list[Candidate]:
    """A line of names only, right under a line that ends with its sign (at ``signs``)."""
    out: list[Candidate] = []
    for at in signs:
        start = at + 2
        end = text.find("\n", start, start + 81)
        end = len(text) if end < 0 and len(text) - start <= 80 else end
        if end < 0:
            continue
        above = text.rfind("\n", at - 200 if at > 200 else 0, at) + 1
        if _NAMES_LINE.fullmatch(text, start, end) and not _HEAD_OFFICIALS.search(text, above, at):
            found = [(t.start(), t.end()) for t in _TOKEN.finditer(text, start, end)]
            if _pieces_ok([text[a:b] for a, b in found]):
                out += [(a, b, "name", 0.75) for a, b in found]
    return out


# what is lost, named at the paragraph's start instead of its owner
_LOST_THINGS = (
    *("证书", "证", "执照", "公章", "印章", "存折", "发票", "收据", "卡", "合同", "账本"),
    *("牌", "钥匙"),  # 门牌, 车牌, 号牌: a plate is lost, not its owner
)
# "门牌遗失补发", "号牌丢失补领": a register's cell of what was done, the thing before the
# word; a notice names the document after it ("张三遗失居民身份证")
_REISSUE = ("补发", "补办", "补领", "补换", "换发", "更换", "重新")


def lost_documents(text: str, lines: list[int]) -> list[Candidate]:
    """ "　　张三遗失居民身份证": the person a lost-document notice is about."""
    out: list[Candidate] = []
    for at in lines:
        m = _LOST_BEFORE.match(text, at)
        if m:
            run = m.group(1)
            if run.endswith(_LOST_THINGS) or text.startswith(_REISSUE, m.end()):
                continue  # "公证书遗失…", "营业执照遗失": the document lost, no person
            if v.plausible_name(run) or (len(run) == 3 and run[0] in v.SURNAMES and _held(run)):
                out.append((m.start(1), m.end(1), "name", 0.75))
    return out


def vote_rows(text: str, lines: list[int]) -> list[Candidate]:
    """ "监票人\t耿某某、尤某某": the persons a vote's row names after its role (a
    township's envoy noted in brackets acts in office)."""
    out: list[Candidate] = []
    for at in lines:
        role = _FIRST_ROLE.match(text, at)
        if role is None:
            continue
        cell = _ROLE_CELL.match(text, role.end())
        for piece in _CELL_PIECE.finditer(text, cell.start(), cell.end()):
            m = _ROLE_PIECE.fullmatch(text, piece.start(), piece.end())
            if m is None or (m.group(2) and _OFFICIAL_NOTE.search(m.group(2))):
                continue
            run = m.group(1)
            if v.plausible_name(run) or (
                len(run) == 3 and v.surname_length(run) == 1 and _held(run)
            ):
                out.append((m.start(1), m.end(1), "name", 0.75))
    return out


def sexed_lines(text: str, lines: list[int]) -> list[Candidate]:
    """ "1. 张三　男　小学教师资格": a numbered line of a person and their sex, the name
    by its surname (or a held name of three characters)."""
    out: list[Candidate] = []
    for at in lines:
        m = _FIRST_SEXED.match(text, at)
        if m is None:
            continue
        g = 1 if m.group(1) else 2
        run = m.group(g)
        if run in v.COMPOUND_SURNAMES:  # a surname alone (欧阳): a name cut by its cell
            continue
        if v.plausible_name(run) or (len(run) == 3 and v.surname_length(run) == 1 and _held(run)):
            out.append((m.start(g), m.end(g), "name", 0.75))
    return out


def numbered_items(text: str, lines: list[int]) -> list[Candidate]:
    """ "A05 张三（电话…）；B09 李四（电话…）": a line of numbered persons with notes."""
    out: list[Candidate] = []
    for at in lines:
        start, end = line_bounds(text, at)
        if end - start > 400:
            continue
        found = []
        pos = start
        for part in text[start:end].split("；" if "；" in text[start:end] else ";"):
            m = _ITEM.fullmatch(text, pos, pos + len(part))
            pos += len(part) + 1
            if m is None:
                found = []
                break
            if not _OFFICIAL_NOTE.search(m.group(2)):
                found.append((m.start(1), m.end(1)))
        if len(found) >= 2 and _pieces_ok([text[a:b] for a, b in found], numbered=True):
            out += [(a, b, "name", 0.75) for a, b in found]
    return out


def sequence_lists(text: str) -> list[Candidate]:
    """Every form of this module, from one search of their anchors."""
    pairs = [0] if _FIRST_PAIR.match(text) else []
    lost = [0] if _FIRST_LOST.match(text) else []
    signs: list[int] = []
    roles: list[int] = []
    sexed = [0] if _FIRST_SEXED.match(text) else []
    items = [0] if _FIRST_ITEM.match(text) else []
    for m in _ANCHORS.finditer(text):
        if m.group("pair") is not None:
            pairs.append(m.end())
        elif m.group("role") is not None:
            roles.append(m.end())
        elif m.group("lost") is not None:
            lost.append(m.end())
        elif m.group("sexed") is not None:
            sexed.append(m.end())
        elif m.group("item") is not None:
            items.append(m.end())
        if text[m.start() - 1 : m.start()] in ("：", ":") and m.start():
            signs.append(m.start() - 1)
    out = numbered_pairs(text, pairs) if pairs else []
    if signs:
        out += names_under_sign(text, signs)
    if lost:
        out += lost_documents(text, lost)
    if roles:
        out += vote_rows(text, roles)
    if sexed:
        out += sexed_lines(text, sexed)
    if items:
        out += numbered_items(text, items)
    return out
