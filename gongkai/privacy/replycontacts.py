"""Whose number or mailbox it is in reply letters, registers and mails (issue 16, docs41).

Offices answering 依申请公开 requests and complaints print their own lines beside the
applicant's. This pass (hooked from ``contactpass``) settles four layouts:

- **An institution's number by its label**: a landline labelled with the kind of unit
  it rings (合作社电话, 学校, 卫生院座机, 养老服务中心电话) right after a separator, as
  printed beside a person's own mobile ("138…；学校0738-…"). A bare 单位座机 is a
  person's desk line and stays.
- **A professional's firm**: the landline after "…律师事务所律师，联系电话" or in the
  bracket after the post ("…律师（电话…）"; 法律服务所,
  公证处, 会计师事务所) is the firm's; the professional's own mobile stays.
- **A register's or form's sign-off**: a landline after the staff who kept the form
  (登记人：…；复核：…。联系电话…, 制表人…本表电话…) in the same line is the office's.
- **A column of the handling office**: a header naming the office that handles the
  matter (主办单位联系人电话, 承办联系人电话, 承办单位电话) holds its numbers.

It also adds mailboxes of exported mail headers (收件人：, 抄送：, To:, Cc:): a mailbox
there on a private service is a person's, unless a unit is named before it on the line;
it adds the address a letter gives as its addressee's (您申请表所填地址（…号）, 申请人X的联系
方式：…号) — not 你单位's, 贵公司's or a unit named on the way; and it drops a unit's mailbox (.gov.cn, .edu.cn, .org.cn) standing in a table's cell of a
person's row when its local part is an office's (yzxbgs@, xxgk@), not written from a name
(li.ming@, huxiaoyan96@), and no person's word follows it (（本人）).
"""

from __future__ import annotations

import re

from .unitcolumns import header_cell
from .wordfind import find_by

Candidate = tuple[int, int, str, float]

_SEPS = "；;，,、│|\t \u3000（("
_INSTITUTION = (
    r"(?:合作社|学校|中学|小学|幼儿园|医院|卫生院|卫生室|诊所|养老院|敬老院|福利院|"
    r"中心|公司|工厂|厂部|门店|店面|村委会?|居委会?|法院|检察院|派出所)"
)
_INSTITUTION_LABEL = re.compile(
    rf"(?:(?<=[{_SEPS}\n])|\A)(?:本|[\u4e00-\u9fff]{{0,8}}?)(?<!单位){_INSTITUTION}"
    r"(?:(?:办公|值班|联系|固定)?(?:电话|座机|固话)(?:号码)?[：:]?[ \u3000]*|[：:]?)\Z"
)
_FIRM = re.compile(
    # (the number after a comma or in a bracket of its own: "…律师（电话…）")
    r"(?:律师事务所|法律服务所|公证处|会计师事务所)[\u4e00-\u9fff]{0,6}(?:[，,][ \u3000]*|[（(])"
    # the professional's licence between ("…律师，执业证号1451…，电话…")
    r"(?:执业证(?:号|编号|号码)?[:：]?[ \u3000]*[0-9A-Za-z]{6,24}[，,；;][ \u3000]*)?"
    r"(?:联系|办公)?(?:电话|座机|固话)(?:号码)?[：:]?[ \u3000]*\Z"
)
_SIGNOFF = re.compile(
    r"(?:登记人|制表人?|填表人|填报人|统计人|复核人?|审核人?|核对人|监印人?|录入人?)[：:]"
)
# the number's own label after the sign-off: bare or the form's own (本表电话)
_FORM_PHONE = re.compile(
    r"[。；;，,\t \u3000](?:本表|本单位|本机关|本[局所站院办]|我[局所站院办]|[局所站院办室科股]内)?"
    r"(?:联系|咨询|办公)?(?:电话|座机)"
    r"(?:号码)?[：:]?[ \u3000\t]*\Z"
)
_HANDLER_HEADER = re.compile(
    r"(?:主办|承办|协办|会办|经办|办理|责任)(?:单位|部门)?(?:联系人|经办人)?(?:联系)?"
    r"(?:电话|座机|方式)(?:号码)?"
)


def office_landline(text: str, start: int) -> bool:
    """Whether the landline at ``start`` is the office's or institution's (above)."""
    lo = start - 40 if start > 40 else 0
    if _INSTITUTION_LABEL.search(text, start - 22 if start > 22 else 0, start):
        return True
    if "所" in text[lo:start] or "公证处" in text[lo:start]:
        if _FIRM.search(text, lo, start):
            return True
    line = max(text.rfind("\n", start - 200 if start > 200 else 0, start) + 1, start - 200)
    head = text[line:start]
    if "人" in head or "核" in head or "表：" in head or "表:" in head:  # (制表：县供销社 …)
        last = max((m.end() for m in _SIGNOFF.finditer(text, line, start)), default=-1)
        if last >= 0 and _FORM_PHONE.search(text, last, start):
            return True
    if text[start - 1 : start] in ("\t", "|", ",", "│"):
        cell = header_cell(text, start)
        return bool(cell and _HANDLER_HEADER.fullmatch(cell))
    return False


_HEADER_LINE = re.compile(
    r"[ \u3000]*(?:收件人|抄送|密送|抄送人|To|Cc|Bcc|TO|CC)[ \u3000]*[：:]([^\n]*)"
)
_MAILBOX = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,10}")
_UNIT_DOMAIN = re.compile(r"\.(?:gov|edu|org)\.cn$|\.gov$", re.I)
_UNIT_NAME = re.compile(
    r"局|政府|委员会|办公室|中心|公司|政务|学校|医院|法院|股|科|(?:司法|派出|服务|事务)所|处|协会|银行"
)


_CELL_EDGES = ("\t", "|", "│", ",")
# a local part written from a person's name: letters and digits, or a dotted name
_NAME_LOCAL = re.compile(r"[a-z]{3,16}\d{1,4}|[a-z]{2,10}[._][a-z]{2,10}\d{0,4}", re.I)
_OWN_AFTER = re.compile(r"[ \u3000]*[（(]?(?:本人|个人|私人)")


def office_mailbox(text: str, start: int, end: int) -> bool:
    """Whether the mailbox ``text[start:end]`` is a unit's office box in a table's cell."""
    return (
        text[start - 1 : start] in _CELL_EDGES
        and _UNIT_DOMAIN.search(text, start, end) is not None
        and not _NAME_LOCAL.fullmatch(text, start, text.find("@", start, end))
        and not _OWN_AFTER.match(text, end)
    )


def header_mailboxes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Private mailboxes on the To/Cc lines of an exported mail that ``cands`` lack."""
    taken = {c[0] for c in cands if c[2] == "email"}
    out: list[Candidate] = []
    done = -1
    at = text.find("@")
    while at >= 0:  # (from each "@": no look over the whole text for the labels)
        begin = text.rfind("\n", at - 300 if at > 300 else 0, at) + 1
        line = _HEADER_LINE.match(text, begin) if begin > done else None
        if line:
            done = begin
            begin = line.start(1)
            for m in _MAILBOX.finditer(text, begin, line.end(1)):
                # "抄送：某某公司 <service@…>": a unit named before it makes it the unit's
                named = _UNIT_NAME.search(text, begin, m.start())
                begin = m.end()
                if not named and m.start() not in taken and not _UNIT_DOMAIN.search(m.group()):
                    out.append((m.start(), m.end(), "email", 0.95))
        at = text.find("@", at + 1)
    return out


# the addressee's (您, 你) or a named applicant's words right before an address's label,
# then the value after the label (read back from each 地址 / 联系方式: a cheap find first)
_ADDRESSEE = re.compile(
    r"(?:您|你们?(?!单位|公司|村|社区|局)|(?:申请人|第三方|信访人)[\u4e00-\u9fff·]{2,6}的)"
    r"([^。；;，,\n]{0,10}?)(?:住址|地址|联系方式)\Z"
)
_AFTER_LABEL = re.compile(r"[：:]?[ \u3000]*[（(]?(?:为|是|在)?")
_PLACE_VALUE = re.compile(
    r"[\u4e00-\u9fff]{2,24}?(?:省|市|区|县|镇|乡|街道)[\u4e00-\u9fff0-9]{1,24}?"
    r"(?:路|街|巷|道|村|组)[\u4e00-\u9fff0-9]{0,12}?\d{1,5}号"
    r"(?:[\u4e00-\u9fff0-9A-Za-z\-]{0,16}?\d{1,5}(?:室|房|户))?(?=[）)，,；;。\s]|$)"
)
_UNIT_WORDS = re.compile(r"局|政府|机关|单位|公司|中心|窗口|大厅|委员会|法院|本")


def addressee_addresses(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Addresses a letter gives as its addressee's or a named applicant's (above)."""
    out: list[Candidate] = []
    # each label by its rarer character, 址 or 联 (wordfind: a one-character search)
    for label, at in (("地址", 1), ("联系方式", 0)):
        k = find_by(text, label, at)
        while k >= 0:
            end = k + len(label)
            m = _ADDRESSEE.search(text, k - 24 if k > 24 else 0, end)
            if m and not _UNIT_WORDS.search(m.group(1)):
                value = _PLACE_VALUE.match(text, _AFTER_LABEL.match(text, end).end())
                if value:
                    a, b = value.span()
                    if not any(c[0] < b and a < c[1] for c in cands):  # found stays as found
                        out.append((a, b, "address", 0.85))
            k = find_by(text, label, at, end)
    return out
