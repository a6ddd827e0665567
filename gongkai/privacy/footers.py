"""Units' phones and addresses that the words around them give away (after docs6).

- **Below the signature**: a contact line after a document's issuer and date ("县市场
  监督管理局\\n2025年4月21日\\n\\n（联系地址：…，电话：…）") is the issuer's, not a person's.
- **The reader's documents**: "请携带本人身份证原件到…窗口办理，联系电话：…" — 本人 and
  身份证 are what the reader brings, not particulars of a person the phone belongs to; an
  office's word after them makes the phone the office's.
- **A unit in a table row**: a row whose person cell holds a unit (…供销合作社, …有限公司)
  gives the unit's phone.
- **An official named with particulars**: "李某（男，…，某镇党委书记）" — a note that ends
  with the title of an office of the state or the party (党委书记, 镇长, 局长, 大队长 …)
  names an official acting in office; a school's principal or a doctor is a person.
- **A contact under the office's number**: "咨询电话：0xx-…。\n联系人：某某" — a
  联系人 alone on the line under a line with an office number (no mobile on either), or
  opening a footer line that gives an office number further on ("经办人：某某　　审核人：
  某某　　联系电话：0xx-…"), is the unit's contact acting in office, as in one sentence.
- **A company's seat**: "上海某物流有限公司，…，现住所变更为…2幢301室" — the 住所 of a line
  that opens with a company is the company's, not a household's.
"""

from __future__ import annotations

import re

from .patterns import ID_IN_ROW, MOBILE_NUMBER, OFFICE_NUMBER
from .pertext import table
from .rowcontext import name_cell, person_row

_DATE_LINE = re.compile(
    r"[ \u3000\t]*(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d〇○零一二三四五六七八九十]{1,2}月[\d〇○零一二三四五六七八九十]{1,3}日[ \u3000\t]*"
)
_UNIT_LINE = re.compile(
    r".{0,40}?(?:局|政府|委员会|中心|办公室|办事处|指挥部|法院|检察院|公司|委|院|所|站|厅|处|队)[ \u3000\t]*"
)
# the line of a letter's addressee under its signature: a label of a person's mailing
# address, or a name with "（收）"
_ADDRESSEE = re.compile(
    r"^[ \u3000]*(?:受?送达|代收|邮寄|寄送|收件)(?:人|地址)|[\u4e00-\u9fff][（(]收[）)]", re.M
)
# a copy sent to a person under the signature ("（抄送：张三，地址…）"): that person's
# particulars; a copy to a unit (抄送：县财政局) gives the unit's
_COPY_TO = re.compile(r"[ \u3000]*[（(]?(?:抄送|抄报|送)人?[:：]")
_UNIT_WORD = re.compile(r"局|政府|委员会|中心|办公室|公司|[院所站队处厅部会委办]")
_BRING = re.compile(r"(?:携带|持|凭|出示)[^，,。；;]{0,4}$")
_PERSON_WORD = re.compile(r"身份证|本人|户口簿|居民")
_OFFICE_AFTER = re.compile(r"局|政府|中心|窗口|大厅|办公室|委员会|服务站|所")
_UNIT_CELL = re.compile(
    r"(?:公司|合作社|经营部|厂|店|委员会|村委会|居委会|中心|学校|医院)[ \u3000]*$"
)
_COMPANY_OPENS = re.compile(
    r"[ \u3000]*(?:\d{1,3}[.、．]|[（(]?[一二三四五六七八九十]{1,3}[）)、])?[ \u3000]*"
    r"[\u4e00-\u9fff（）()]{2,30}?(?:有限公司|公司|经营部|合作社|厂|店|中心)"
)


def _lines_above(text: str, start: int, n: int) -> list[str]:
    """The ``n`` non-blank lines above the line of ``start``, nearest first."""
    out: list[str] = []
    pos = text.rfind("\n", start - 200 if start > 200 else 0, start)
    steps = 0
    while pos > 0 and len(out) < n and steps < n + 4:
        above = text.rfind("\n", pos - 80 if pos > 80 else 0, pos) + 1
        if above == 0 and pos > 80:
            break  # a line longer than a signature's
        line = text[above:pos]
        if line.strip(" \u3000\t"):
            out.append(line)
        pos = above - 1
        steps += 1
    return out


def below_signature(text: str, start: int) -> bool:
    """A contact line under the issuer's name and the date at a document's end."""
    if "日\n" not in text[start - 120 if start > 120 else 0 : start]:
        return False  # no date line just above
    lo = start - 200 if start > 200 else 0
    line_start = max(text.rfind("\n", lo, start) + 1, lo)
    line_end = text.find("\n", start, start + 200)
    if _ADDRESSEE.search(text, line_start, line_end if line_end >= 0 else start + 200):
        return False  # "送达地址：…　某某（收）　手机：…": the addressee's particulars
    if _PARTY_CLAUSE.search(text, start - 40 if start - 40 > line_start else line_start, start):
        return False  # "（来电人X，来电号码…）": a party's own number, though under the date
    copy = _COPY_TO.match(text, line_start)
    if copy and copy.end() < start and not _UNIT_WORD.search(text, copy.end(), start):
        return False  # "（抄送：张三，地址…）": a copy to a person, with their address
    above = _lines_above(text, start, 3)
    for k, line in enumerate(above[:2]):
        if _DATE_LINE.fullmatch(line) and k + 1 < len(above):
            if k and _DOC_NUMBER.search(above[0]):
                return False  # "…4号" between: the next document of a compilation opens
            if k and _APPENDIX.match(above[0]):
                return False  # "附：同案人信息" between: an appendix's rows, no foot (privfix25d)
            return bool(_UNIT_LINE.fullmatch(above[k + 1]))
    return False


# a private party named in the number's own clause, its phone's label after it (来电人X，
# 来电号码…; 申请人X，联系电话…): a record of the case under the signature (privfix22d);
# and the party's address after its phone in the same clause (来电人：X，联系电话：139…，
# 地址：…: a linked work order's party, privfix25b)
_PARTY_CLAUSE = re.compile(
    r"(?:来电|来信|信访|申请|投诉|举报|反映|求助|留言)人[ \u3000：:]*[\u4e00-\u9fff·]{2,5}[，,、]"
    r"[^，,。；;\n]{0,8}(?:电话|号码|手机)[：:]?[ \u3000]*"
    r"(?:1[3-9]\d{9}[，,][ \u3000]*(?:家庭|联系|现|居)?(?:地址|住址)[：:]?[ \u3000]*)?$"
)


# an appendix's heading on its own line under the signature ("附：同案诉求人信息", "附件2：…名单",
# "附表："): the lines under it are the appendix's, not the issuer's contact lines (privfix25d)
_APPENDIX = re.compile(r"[ \u3000\t]*附(?:件|表|录)?\d{0,2}[：:]")

# a document's number on its own line ("容商罚〔2026〕4号"): a new document opens under it
_DOC_NUMBER = re.compile(r"[〔\[［(（]\d{4}[〕\]］)）]\s*第?\d{1,5}号[ \u3000\t]*$")


def readers_documents(text: str, start: int) -> bool:
    """ "请携带本人身份证原件到…窗口办理，联系电话：": the person's words are what the
    reader brings; an office's word after them makes the phone the office's."""
    lo = start - 80 if start > 80 else 0
    window = text[lo:start]
    if "携带" not in window and "持" not in window and "凭" not in window and "出示" not in window:
        return False
    cut = max(text.rfind("。", lo, start), text.rfind("\n", lo, start))
    lo = cut + 1 if cut + 1 > lo else lo
    last = -1
    for m in _PERSON_WORD.finditer(text, lo, start):
        if not _BRING.search(text, max(lo, m.start() - 6), m.start()):
            return False  # a person's particulars the reader does not bring
        last = m.end()
    return last >= 0 and bool(_OFFICE_AFTER.search(text, last, start))


def unit_row(text: str, start: int) -> bool:
    """A phone at the end of a table row whose cells name a unit (…供销合作社)."""
    if text[start - 1 : start] not in ("\t", "|", ","):
        return False
    line_start = max(text.rfind("\n", start - 300 if start > 300 else 0, start) + 1, start - 300, 0)
    sep = text[start - 1]
    cells = [c.strip(" \u3000") for c in text[line_start:start].split(sep)]
    if any(name_cell(c) for c in cells):
        return False  # a person's row: a hospital or school beside them is not the phone's
    if ID_IN_ROW.search(text, line_start, start):
        return False  # a person's row holding their resident ID: a shop's keeper ("万家店\t常青\t
        # 3707…\t…\t0536 …"); a unit's row with its head's ID is ``ownercells``' to read
    # (a name the lists of given names do not know, under the header's 姓名: a person's row)
    return any(_UNIT_CELL.search(c) for c in cells[:4]) and not person_row(text, start)


def company_seat(text: str, start: int) -> bool:
    """An address after 住所 on a line that opens with a company."""
    window = text[start - 200 if start > 200 else 0 : start]
    window = window[window.rfind("\n") + 1 :]
    if "住所" not in window:
        return False
    line_start = start - len(window)
    if _PERSONS_SEAT.search(window):
        return False  # "X（…商店经营者，公民身份号码：…，住所：…）": the operator's home
    return bool(_COMPANY_OPENS.match(text, line_start, start))


_PERSONS_SEAT = re.compile(r"公民身份|身份证|经营者[，,、]")


def units_contact(text: str, start: int, kind: str) -> bool:
    """Whether a landline or address at ``start`` is a unit's by these rules (answered once
    a start and kind a scan: ``refine`` asks again for the addresses that share a start)."""
    asked = table(units_contact, text)
    got = asked.get((start, kind))
    if got is None:
        got = asked[start, kind] = _units_contact(text, start, kind)
    return got


def _units_contact(text: str, start: int, kind: str) -> bool:
    if below_signature(text, start):
        return True
    if kind == "address":
        return company_seat(text, start)
    return readers_documents(text, start) or unit_row(text, start)


_OFFICIAL_END = re.compile(
    r"(?:党委|党工委|党组|党总?支部?|纪委|政府|人大|政协|公安局|分局|派出所|法院|检察院|局|办事处|委员会)"
    r"[\u4e00-\u9fff]{0,8}?(?:书记|副书记|镇长|乡长|县长|市长|区长|局长|处长|科长|所长|"
    r"大队长|中队长|主任|主席|检察长|院长|庭长)[）)]"
)
_NOTE_BODY = re.compile(r"[（(][^（()）\n]{0,60}?[）)]")
# a committee or a local organ alone as the note (a witness "X（村委会）", "X（镇司法所）"): the
# person stands there for it
_ORGAN_NOTE = re.compile(
    r"[（(][\u4e00-\u9fff]{0,10}?(?:村委会|居委会|村民委员会|居民委员会|派出所|司法所|"
    r"人民政府|街道办事处|街道办)[）)]"
)


def official_in_note(text: str, end: int) -> bool:
    """A name followed by particulars that end with an office's title (…镇党委书记)."""
    if text[end : end + 1] not in ("（", "("):
        return False
    note = _NOTE_BODY.match(text, end)
    if note is None:
        return False
    tail = text[max(end, note.end() - 20) : note.end()]
    return bool(_OFFICIAL_END.search(tail)) or _ORGAN_NOTE.fullmatch(note.group()) is not None


_CONTACT_LABEL = re.compile(r"(?:联系人|联络人|经办人)[:：][ \u3000]*$")
_LINE_END = re.compile(r"[ \u3000\t]*(?:\n|$)")


def contact_under_phone(text: str, start: int, end: int) -> bool:
    """A 联系人 ending its line, right under a line that gives an office number."""
    if text[start - 1 : start] not in ("：", ":", " ", "\u3000") or not _CONTACT_LABEL.search(
        text, start - 6 if start > 6 else 0, start
    ):
        return False
    line_start = text.rfind("\n", start - 12 if start > 12 else 0, start)
    if line_start < 0 or text[line_start + 1 : start].strip(" \u3000\t")[:3] not in (
        "联系人",
        "联络人",
        "经办人",
    ):
        return False
    if not _LINE_END.match(text, end):
        # "经办人：某某　　　审核人：某某　　　联系电话：0xx-…": a footer line spaced wide
        stop = text.find("\n", end, end + 100)
        rest = text[end : end + 100 if stop < 0 else stop]
        return bool(OFFICE_NUMBER.search(rest)) and not MOBILE_NUMBER.search(rest)
    above = text[
        max(
            0, text.rfind("\n", line_start - 160 if line_start > 160 else 0, line_start) + 1
        ) : line_start
    ]
    return bool(OFFICE_NUMBER.search(above)) and not MOBILE_NUMBER.search(above)
