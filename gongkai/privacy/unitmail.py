"""A mailbox told a unit's or a person's by its label and its line (issue 16, docs12).

A unit's mailbox is no personal data: the sentence (or line) it stands in is a unit's public channel
(登报热线, 投稿, 编辑部, 办公室, 咨询电话 …) with no person's particulars, or its domain
is a government's, school's or organisation's (.gov.cn, .edu.cn, .org.cn) outside a
person's row. A mailbox labelled a person's own (个人邮箱, 私人邮箱, 本人邮箱, 我的邮箱) stays
the person's whatever unit the sentence names (``personmail.personal_mail``).
"""

from __future__ import annotations

import re

from .alternation import led
from .mailnotes import unit_noted_mail
from .officemail import office_line_mail
from .patterns import PHONE_OF_PERSON
from .rowcontext import person_row

# a unit's public channel before the mailbox in its sentence
_UNIT_CHANNEL = led(
    r"热线|登报|投稿|来稿|编辑部|办公室|报社|杂志社|电视台|广播电台|新闻中心|"
    r"(?:咨询|监督|举报|投诉|值班|办公|服务|受理)(?:电话|邮箱|信箱)|"
    r"(?:前台|总台|门市|门店|营业|订房|预订)(?:电话|邮箱|信箱)|"  # a business's counter
    # the unit's own lines named by what it is ("合作社电话：…　邮箱：…", "公司邮箱")
    r"(?:合作社|公司|企业|协会|商会|学会|学校|医院|中心|社区|村委会|居委会)(?:联系|办公)?"
    r"(?:电话|邮箱|信箱|传真|地址)[:：]"  # (its address opening the line: "…服务站地址：")
    # …or by an office's short name, its head a unit's sign ("自考办电话：", "派出所电话：",
    # "档案馆邮箱："): the office's line, and a mailbox after it on that line the office's
    # (住所, 寓所 are a home's; one sign before 局 / 科 is a person's title: 李局, 王科)
    r"|(?:(?<=[\u4e00-\u9fff])[办站馆]|(?<=[\u4e00-\u9fff]{2})[局科股委]"
    r"|(?<=[\u4e00-\u9fff])(?<![住寓居厕场])所)(?:联系|办公|值班)?(?:电话|邮箱|信箱|传真|地址)[:：]"
    # …or a unit's name, its phone word and an area code's landline with no colon
    # ("或县农业综合行政执法大队电话0753-…，通讯地址…，邮箱…"): the unit's sentence of contacts
    r"|(?<=[\u4e00-\u9fff]{2})(?:局|大队|中队|支队|中心|委员会|办公室)(?:联系|办公|值班)?电话"
    r"[ \u3000]*0\d{2,3}-?\d{7,8}(?!\d)"
)
# a contact line keyed by a unit's name ("某某运营有限公司（志愿者报名）：028-…，…@…")
_UNIT_KEYED = re.compile(
    r"[ \u3000]*(?![^：:\n]*?(?:所在|工作|就职|就读|任职|原单位))[^\s：:，,。；;]{2,30}?(?:公司|集团|局|委员会|中心|协会|学会|商会|合作社|医院|学校|馆)"
    r"(?:[（(][^）)\n]{1,12}[）)])?[：:]"
)
_UNIT_DOMAIN = re.compile(r"\.(?:gov|edu|org|ac)\.cn$|\.gov(?:\.[a-z]{2,3})?$", re.I)
# a person in the sentence: particulars, a contact named, a person's own label
_PERSON_ON_LINE = re.compile(
    r"联系人|联络人|负责人|个人|私人|本人|(?<![\dA-Za-z])1[3-9]\d{9}(?!\d)"
)
# a note naming the mailbox a unit's shared one ("（局公共邮箱）", "(科室公共邮箱)", "（对公邮箱）")
_SHARED_NOTE = re.compile(
    r"[（(][^\s无没非不（()）]{0,8}?(?:公共|对公|公用|官方)(?:电子)?(?:邮箱|信箱)[）)]"
)
# a label naming it a shared one right before it ("公共邮箱：", "，对公电子邮箱 ")
_SHARED_LABEL = re.compile(r"(?:公共|对公|公用|官方)(?:电子)?(?:邮箱|信箱)[：:]?[ \u3000]*$")
# a person's own words for the mailbox ("个人邮箱", "本人常用"): the person's whatever its domain
_OWN_WORD = re.compile(r"个人|私人|本人|我的")
# a school's mailbox handed to its students ("@stu.…edu.cn"): the student's own
_STUDENT_HOST = re.compile(r"@(?:stu|student|mails?)\.", re.I)
PERSONAL_LABEL = re.compile(
    r"(?:个人|私人|本人|我的|我家)(?:联系|常用|电子)?(?:邮箱|信箱|邮件|手机|电话)[:：]?[ \u3000]*$"
)


def personal_label(text: str, start: int) -> bool:
    """A mailbox or phone right after a label that makes it a person's own (个人联系邮箱,
    a resident's 我的邮箱 in a message)."""
    lo = start - 10 if start > 10 else 0
    return (text.find("人", lo, start) >= 0 or text.find("我", lo, start) >= 0) and bool(
        PERSONAL_LABEL.search(text, start - 12 if start > 12 else 0, start)
    )


# the last sentence stop of a window and the run up to the first (``max`` of each stop's
# ``rfind``, ``min`` of its ``find``): one C walk each
_LAST_STOP = re.compile(r"(?s).*[。；;\n]")
_NO_STOP = re.compile(r"[^。；;\n]*")


def unit_mail(text: str, start: int, end: int) -> bool:
    """Whether the mailbox ``text[start:end]`` is a unit's by its line or its domain."""
    if text[end : end + 1] in ("（", "(") and (
        _SHARED_NOTE.match(text, end) or unit_noted_mail(text, end)
    ):
        return True  # "…@163.com（县局公共邮箱）", "（专班线索邮箱）": the office's (mailnotes)
    if _SHARED_LABEL.search(text, start - 10 if start > 10 else 0, start):
        return True
    if office_line_mail(text, start):
        return True  # "地址：…16号县住建局三楼310室。电子邮箱：…" (``officemail``)
    lo = start - 80 if start > 80 else 0
    last = _LAST_STOP.match(text, lo, start)
    begin = last.end() if last else lo
    channel = _UNIT_CHANNEL.search(text, begin, start) or _UNIT_KEYED.match(text, begin, start)
    if not channel and not _UNIT_DOMAIN.search(text[start:end]):
        return False  # (the cheap looks first: most mailboxes have neither sign of a unit)
    sentence = text[begin : _NO_STOP.match(text, end, end + 80).end()]
    if _OWN_WORD.search(text, start - 10 if start > 10 else 0, min(end + 10, len(text))):
        return False  # 个人邮箱：…, …（单位邮箱，本人同意公开）
    domain = _UNIT_DOMAIN.search(text[start:end]) and not _STUDENT_HOST.search(text, start, end)
    if PHONE_OF_PERSON.search(sentence) or _PERSON_ON_LINE.search(sentence):
        return bool(domain) and not record_mailbox(text, start, end)
    if person_row(text, start):
        return bool(domain) and not record_mailbox(text, start, end)
    if channel:
        return True
    return not record_mailbox(text, start, end)


# a person's particulars in the record the mailbox closes ("姚红霞，男，53岁，…")
# (privfix24a: a resident ID earlier in the record, as an export's one-line record gives it)
_PARTICULARS = re.compile(
    r"[，,（(、][男女][，,）)、]|\d{1,3}岁|出生于|生于\d{4}|(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])"
)
# a local part written from a person's name: letters, then a few digits or a dotted name
_PERSONAL_LOCAL = re.compile(r"[a-z]{3,16}\d{1,4}|[a-z]{2,10}[._-][a-z]{2,10}\d{0,4}", re.I)


def record_mailbox(text: str, start: int, end: int) -> bool:
    """A school's or institute's mailbox (.edu.cn, .org.cn) that is a person's own: it
    closes a person's record (particulars on its line) and its local part is written
    from a name (huxiaoyan96@…, li.ming@…), not an office's (zsb@…, xxgk@…)."""
    local = text[start : text.find("@", start, end)]
    if not _PERSONAL_LOCAL.fullmatch(local):
        return False
    begin = text.rfind("\n", start - 200 if start > 200 else 0, start) + 1
    return bool(_PARTICULARS.search(text, begin, start))
