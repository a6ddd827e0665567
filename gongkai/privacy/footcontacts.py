"""The issuing organ's contact line at a document's foot (issue 16, after docs168–176).
Called from ``lastpasses``.

A decision, a notice or a court's paper addressed to a person gives that person's
particulars at its head (被征收人：X，…，住…，联系电话…) and, at its foot, the organ's own
contacts: a line made of labelled contact fields only ("联系地址：…　联系电话：…",
"异议书面材料送达地址：…，邮政编码：…，联系电话：…", "执行局联系电话：…　送达地址确认：…").
A residence word among the labels (联系地址, 送达地址) makes the other passes read the address
as a person's; where the line stands says whose it is:

- the lines after it to the signature's date are the signature's only: the issuer's name
  (a line ending in an organ's word), the date, the staff who serve or sign ("送达人：A、B",
  "书记员　X"), a page's mark; and the issuer's name is among them (a part after the
  signature — a proof of service, a receipt slip — is another part's, not the foot's); or
- it follows such a signature (the date among the lines right above it, the staff's lines
  between) and nothing but such lines comes after it, in a document whose first line is
  an organ's name (its issuer's heading).

Then the address and the landline found on the line are the organ's. Not when the line or
the staff's lines name a private person's role (申请人, 来信人, 住址, 本人 …: a person's
record at a letter's end), when the line opens with the addressee's label (送达地址：…,
邮寄地址：…, 收件人：…: where the paper went), or when a name, a mobile, an ID or a mailbox
was found on the line, on the contact lines next to it or on the line right above them (the
block is a person's: "送达地址：…\n联系电话：…（住宅），139…", "受送达人：X\n地址：…"). A foot is short: lines over 160 characters, or more than 16
lines after the contact line, are never read as one.
"""

from __future__ import annotations

import re

from .patterns import PHONE_OF_PERSON

Candidate = tuple[int, int, str, float]

# a field of a contact line: its label (a contact's word last, a unit's or a thing's words
# before it: 执行局联系电话, 异议书面材料送达地址), then its value
_FIELD = re.compile(
    r"[ \u3000]*[（(]?[\u4e00-\u9fff]{0,10}?(?:电话|地址|邮编|邮政编码|传真|邮箱|信箱|网址)"
    r"(?:确认)?[ \u3000]*[：:]"
)
_DATE = re.compile(
    r"[ \u3000\t]*(?:\d{4}|[〇○零一二三四五六七八九]{4})[ \u3000]*年[ \u3000]*[\d〇○零一二三四五六七八九十]{1,2}"
    r"[ \u3000]*月[ \u3000]*[\d〇○零一二三四五六七八九十]{1,3}[ \u3000]*日[ \u3000\t]*"
)
_ORGAN = re.compile(
    r"[ \u3000\t]*[\u4e00-\u9fff（）()]{2,40}?(?:局|政府|委员会|中心|办公室|办事处|法院|检察院|公司"
    r"|委|院|所|站|厅|处|队)[ \u3000\t]*（?(?:公章|印章|盖章)?）?[ \u3000\t]*"
)
# the staff who sign or serve it: a role, then names ("送达人：A、B", "审判长　X")
_STAFF = re.compile(
    r"[ \u3000\t]*[\u4e00-\u9fff]{2,6}(?:[：:][ \u3000]*|[ \u3000]+)[\u4e00-\u9fff·、，, \u3000]{2,24}"
)
# the same in a bracketed note with the officers' badge numbers ("（案件承办人：A、B，执法证号：
# 5226…、5226…）", privfix22c): the staff who handled it, under the signature
_NOTED_STAFF = re.compile(
    r"[ \u3000\t]*[（(][\u4e00-\u9fff]{2,6}[：:][ \u3000]*[\u4e00-\u9fff·、，, \u3000]{2,24}"
    r"(?:[，,；;][ \u3000]*[\u4e00-\u9fff]{2,6}号[：:][ \u3000]*[\dA-Za-z、，, \u3000]{4,60})?[）)][ \u3000\t]*"
)
# the heading of a part after the paper's foot: a proof of service, a receipt
_PART_TITLE = re.compile(r"[ \u3000\t]*(?:送达回证|回执|送达证|签收单|送达回执)[ \u3000\t]*")
_PAGE = re.compile(r"[ \u3000\t]*[—\-－]*[ \u3000]*第[ \u3000]*\d{1,3}[ \u3000]*页.{0,12}")
_PERSON_ROLE = re.compile(r"住址|家住|本人|姓名|申请人|当事人|来信人|写信人|投诉人|举报人|户主")
_GUARD = frozenset(("name", "mobile", "id_card", "email"))
# a line opened by the addressee's label ("送达地址：…", "邮寄地址：…", "收件人：…"): where
# the paper went, the person's (not "异议材料送达地址": where the public sends to the organ)
_ADDRESSEE = re.compile(r"[ \u3000]*(?:受?送达|代收|邮寄|寄送|收件|收信)(?:人|地址)")
# a bracketed note on the paper's copies opening the foot's line ("（当事人、本局及移送机关各执
# 一份。联系地址：…，联系电话：…）", "（本决定书一式三份。…）"): who keeps a copy, no one's contact
_COPIES = re.compile(
    r"[ \u3000]*[（(][^。\n（）()]{0,40}(?:一式[\d一二三四五六七八九十]{1,2}份|各执一份|存档一份?)"
    r"[^。\n（）()]{0,30}。"
)
# a line of its own on the paper's copies under the signature ("一式三份，被处罚人、执行单位各一
# 份，一份附卷。", privfix25c): who keeps a copy, a foot's line, no person's record
_COPIES_LINE = re.compile(
    r"[ \u3000\t]*[（(]?(?:本[\u4e00-\u9fff]{1,6}书)?一式[\d一二两三四五六七八九十]{1,2}份"
    r"[^\n（）()]{0,40}?[。]?[）)]?[ \u3000\t]*"
)
_LINES = 8
_LONG = 160  # a contact line is short: a longer line is a paragraph's or a record's


def _kind(line: str) -> str:
    """What a line of a document's foot is: "date", "organ", "staff", "page", "copies",
    "contact", "blank" or "" (words of the body)."""
    if len(line) > _LONG:
        return ""
    if not line.strip(" \u3000\t"):
        return "blank"
    if _DATE.fullmatch(line):
        return "date"
    if _PAGE.fullmatch(line):
        return "page"
    if "一式" in line and _COPIES_LINE.fullmatch(line):  # (a find first: most lines have none)
        return "copies"
    if PHONE_OF_PERSON.search(line) or _PERSON_ROLE.search(line):
        return ""
    if _FIELD.match(line):
        return "contact"
    if _ORGAN.fullmatch(line):
        return "organ"
    if (_STAFF.fullmatch(line) or _NOTED_STAFF.fullmatch(line)) and "。" not in line:
        return "staff"
    return ""


def _foot_line(text: str, lo: int, hi: int, top: int | None = None) -> bool:
    """The line ``text[lo:hi]`` is the issuer's contact line at the document's foot
    (``top``: the line's start when a note on the copies opens it, ``_COPIES``)."""
    if _kind(text[lo:hi]) != "contact" or _ADDRESSEE.match(text, lo):
        return False
    if len(text) - hi > _LINES * 2 * _LONG or text.count("\n", hi + 1) > _LINES * 2:
        return False  # (counted before the lines are cut out)
    kinds: list[str] = []
    for line in text[hi + 1 :].split("\n") if hi < len(text) else ():
        if kinds and kinds[-1] == "blank" and _PART_TITLE.fullmatch(line):
            break  # a proof of service after the foot (送达回证): its own part (privfix22c)
        kinds.append(_kind(line))
        if kinds[-1] == "date" and "organ" in kinds:
            break  # the signature closes the document: a part after it (送达回证, 回执) is its own
    if "" in kinds:
        return False  # words of a body after it: no foot
    if "organ" in kinds:
        return True
    top = lo if top is None else top
    above = text[top - 600 if top > 600 else 0 : (top - 1 if top > 1 else 0)].split("\n")[::-1]
    seen = []
    for line in above[: _LINES * 2]:
        kind = _kind(line)
        if kind == "":
            break
        seen.append(kind)
    if "date" not in seen:
        return False
    first = text.lstrip(" \u3000\t\n").split("\n", 1)[0]
    return _ORGAN.fullmatch(first) is not None


def _persons_block(text: str, lo: int, hi: int, cands: list[Candidate]) -> bool:
    """A private person's datum (a name, a mobile, an ID, a mailbox) found on the line or
    on the contact lines next to it (no blank line between): the block is a person's."""
    while lo > 0:
        prev = text.rfind("\n", 0, lo - 1) + 1
        if _kind(text[prev : lo - 1]) != "contact":
            break
        lo = prev
    if lo > 0:
        # the line right above the block, no blank between: whose contacts they are
        # ("受送达人：X\n地址：…": the person named over them)
        prev = text.rfind("\n", 0, lo - 1) + 1
        above = text[prev : lo - 1]
        if above.strip(" \u3000\t") and _kind(above) not in ("date", "copies"):
            if _ADDRESSEE.match(above) or _PERSON_ROLE.search(above):
                return True
            lo = prev
    while hi < len(text):
        nxt = text.find("\n", hi + 1)
        nxt = len(text) if nxt < 0 else nxt
        if _kind(text[hi + 1 : nxt]) != "contact":
            break
        hi = nxt
    return any(c[2] in _GUARD and lo <= c[0] < hi for c in cands)


def foot_contacts(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the addresses and landlines of the issuer's contact line at the
    document's foot (module docstring)."""
    if "地址" not in text and "电话" not in text:
        return cands  # (a foot of a phone alone: "联系电话：…" over the signature)
    drop: set[int] = set()
    judged: dict[int, bool] = {}
    for i, (s, _e, kind, _conf) in enumerate(cands):
        if kind != "address" and kind != "landline":
            continue
        lo = text.rfind("\n", 0, s) + 1
        if lo not in judged:
            hi = text.find("\n", s)
            hi = len(text) if hi < 0 else hi
            copies = _COPIES.match(text, lo, hi)  # "（…各执一份。联系地址：…）": from the label
            body = copies.end() if copies else lo
            judged[lo] = (
                hi - body <= _LONG
                and _foot_line(text, body, hi, lo)
                and not _persons_block(text, lo, hi, cands)
            )
        if judged[lo]:
            drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands
