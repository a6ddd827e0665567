"""Whose a mailbox is by the party it stands with (issue 16, after docs66).

A mailbox is a person's, whatever its domain or the unit named beside it, when:

- **a lawyer or an agent stands with it**: "<name>律师" or 代理人/受送达人 + a name earlier on
  its line (or in its sentence), e.g. "指派某律师事务所X律师（执业证号…）承办，电子邮箱…",
  "| 代理人X | …律师事务所 | x@xxlaw.com |", "受送达人：X律师 … 电子送达邮箱：…". The firm is
  the person's employer, not the owner of the box; a box labelled or noted as the firm's or
  the unit's (单位邮箱, 律所邮箱, "（律所）") stays the firm's;
- **the office received a letter from it**: "您于…通过12345热线及电子邮件（…）反映",
  "X于…通过电子邮件（…）提交书面说明": the sender's (a hotline named before it does not
  make it the office's); not an invitation ("请通过电子邮件（…）提交");
- **the addressee left it with the office**: "你在报装时登记的电子邮箱…", "（来信寄自…，
  留存电话…，电子邮箱…）" in a letter to "你/您".

And a unit's, though no unit's label stands right before it, when readers are told to write to
it ("也可发送邮件至…", "或发邮件至…办理") or it counts the mails the office received there
("共收到电子邮件14封（…）").
"""

from __future__ import annotations

import re

from . import validators as v
from .alternation import led

Candidate = tuple[int, int, str, float]

_STOPS = "。；;\n！？"

# "<name>律师" (not 律师事务所, 律师协会 …); the name is checked apart
_LAWYER = re.compile(r"([\u4e00-\u9fff]{2,4})律师(?!事务所|协会|所|服务|团|费|函|意见|执业)")
# an agent or a party served, then the name
_AGENT = re.compile(
    r"(?:委托代理人|诉讼代理人|代理人|受送达人)[:：]?[ \u3000]*([\u4e00-\u9fff]{2,4})"
)
# the box's own label or note names it a unit's (the firm's, the office's)
_UNIT_BOX_LABEL = re.compile(
    r"(?:单位|律所|事务所|公司|机构|办公|公共|对公|官方|公开)(?:电子)?(?:邮箱|信箱|邮件)"
)
_UNIT_NOTE_AFTER = re.compile(r"[ \u3000]*[（(][^（()）\n]{0,8}(?:所|单位|公司|公共|公开|办)[）)]")

# "…通过（12345热线及）电子邮件（" right before the box
_BY_MAIL = re.compile(r"(?:通过|以|经|用|及|和|或|、)(?:电子)?(?:邮件|邮箱)[（(][ \u3000]*$")
# what the sender did by it, right after its bracket
_SENT_VERB = re.compile(
    r"[ \u3000]*[）)][^。；;\n]{0,8}?(?:反映|提交|提出|投诉|举报|申请|咨询|来信|发来)"
)
# the sender is a party, not the reader being invited
_SENDER = re.compile(r"[您你其]|[\u4e00-\u9fff]{2,4}(?<![局委办司院所站厅队部会心])于\d")
_INVITED = re.compile(r"(?<![申邀提])请|(?<![许认])可以?|欢迎|应当|务必|如有|如需")

# "你在报装时登记的电子邮箱", "您预留的邮箱", "（…留存电话…，电子邮箱…）"
_LEFT_WITH = re.compile(r"登记|留存|预留|所留|填写|提供|注册")
_LABEL_END = re.compile(r"(?:电子)?(?:邮箱|邮件地址|信箱)(?:地址)?[:：为是]?[ \u3000]*$")

# a former mailbox (曾用邮箱, like 曾用名): only a person's
_FORMER = re.compile(r"曾用(?:电子)?(?:邮箱|信箱|邮件地址)[:：｜|\t ]*$")
# a bracket of a person's kin or home
_HOME_NOTE = re.compile(
    r"^(?:之?(?:女儿|儿子|配偶|妻子|丈夫|父亲|母亲|长子|长女|次子|次女|孙子|孙女|儿媳|女婿))"
    r"|\d{1,3}岁|家中|家庭|住宅|现居|现住|户籍"
)
_SHARED_LABEL = re.compile(r"(?:公共|对公|公用|官方|公开)(?:电子)?(?:邮箱|信箱)[:：]?[ \u3000]*$")
_BEFORE_NAME = frozenset("员人：:、，, \u3000")

# readers told to write to it ("也可发送邮件至"); the mails counted that reached it ("电子邮件14封（");
# a public call's label ("征集邮箱：") — one search, anchored at the box
_INBOX = led(
    r"(?:(?:发送?|寄|投递?)(?:电子)?(?:邮件|信件)(?:至|到)[:：]?"
    r"|(?:邮件|来信)[ \u3000]*\d+[ \u3000]*[封件条][ \u3000]*[（(]"
    r"|(?:征集|征求意见|报名|报送|申报|信访|来稿)(?:电子)?(?:邮箱|信箱)[:：]?)[ \u3000]*$"
)
# …but a writer asking to be answered there gives their own ("请回电或发邮件至…",
# "请回信到我家，…也可以发邮件到…")
# (or lists their own contacts in the same sentence, "我的手机…，也可以发邮件到…", "我现在
# 住…，手机…，…可以发邮件到…")
_REPLY_TO_ME = re.compile(
    r"请回[电信复]|回[电信复话][，, ]?(?:我|本人|或|到)|[打给告联]我|我家|我的"
    r"|我(?:现在|目前|现|一直)?(?:住|暂住|居住|手机|电话|联系电话)"
    # (or a work order reports the caller's own words: "来电人称…请回电，或发邮件至…")
    r"|(?:来电|来信|诉求|反映|投诉|举报)人(?:称|表示|要求|希望)"
)
# …or asks to be answered there: "发邮件到…回复" (the box, then the reply it waits for)
_REPLY_AFTER = re.compile(r"[ \u3000]*(?:回复|答复|回信)(?:我|本人)?")
# the addressee offered a box to submit by ("你也可以通过电子邮箱 … 提交书面陈述申辩材料"):
# "by mail" right before it, a verb of handing in right after it, a modal (可, 请, 应 …) in
# its sentence before
_OFFERED = re.compile(r"(?:通过|经由|使用|以)(?:电子)?(?:邮箱|邮件|信箱)[:：]?[ \u3000]*$")
_MODAL = re.compile(r"可以?|亦可|也可|请|应当?|须")
# a writer speaking of themselves (我, 本人), not of their office (我局, 我院, 我们 …)
_SPEAKER = re.compile(r"我(?![局院委办厅司部所站队区县市镇乡校会们])|本人")
_HAND_IN = re.compile(r"[ \u3000]*(?:提交|发送|报送|递交|反映|投递|提出|寄送|发来)")
_ROW_SIGN = re.compile(r"[|\t,，｜]")
# a note after a contact naming the party whose it is ("至…@126.com（举报人登记邮箱）")
PARTY_NOTE = re.compile(
    r"[ \u3000]*[（(](?:举报人|投诉人|申请人|信访人|来信人|来电人|反映人|当事人|本人|户主|家属)"
    r"的?(?:登记|预留|个人|本人|联系|常用|自己)?的?(?:电子)?(?:邮箱|邮件地址|电话|手机|座机|固话)[）)]"
)
_BOX = re.compile(r"[\w.+%\-]+@[\w.\-]+")
_ASCII_BOX = re.compile(r"[\w.+%\-]+@[A-Za-z0-9.\-]+")  # (a Han word right after it is no part)


def _sentence_start(text: str, start: int, reach: int = 160) -> int:
    lo = start - reach if start > reach else 0
    return max(text.rfind(c, lo, start) for c in _STOPS) + 1 or lo


def _named(run: str) -> bool:
    """Whether the run of characters ends with a plausible name (its last 3 or 2)."""
    return any(len(run) >= k and v.plausible_name(run[-k:], strict=True) for k in (3, 2)) or (
        len(run) <= 4 and v.plausible_name(run)
    )


def party_mailbox(text: str, start: int, end: int) -> bool:
    """Whether the mailbox ``text[start:end]`` is a private party's (see the module's text)."""
    if _FORMER.search(text, start - 8 if start > 8 else 0, start):
        return True
    near = text[start - 60 if start > 60 else 0 : start]
    if ("（" in near or "(" in near) and _home_bracket(text, start):
        return True
    begin = _sentence_start(text, start)
    if "律师" in text[begin:start] or "人" in text[begin:start]:
        if _lawyers_box(text, begin, start, end):
            return True
    if "邮" in text[start - 6 if start > 6 else 0 : start]:
        lo = start - 12 if start > 12 else 0
        if _BY_MAIL.search(text, lo, start) and _SENT_VERB.match(text, end):
            words = text[begin:start]
            if _SENDER.search(words) and not _INVITED.search(words):
                return True
        if _LABEL_END.search(text, lo, start):
            words = text[_sentence_start(text, start, 200) : start]
            left = _LEFT_WITH.search(words)
            if left and ("你" in words[: left.start()] or "您" in words[: left.start()]):
                return not _INVITED.search(words)
    return False


def _home_bracket(text: str, start: int) -> bool:
    """Whether ``start`` stands in a bracket right after a person's name that tells of their
    kin or home ("X（女儿，现居…，单位邮箱…）", "Y（已调外地工作，新单位邮箱…，家中电话…）"):
    the box, even their employer's, is given as the person's own contact."""
    lo = start - 60 if start > 60 else 0
    bracket = max(text.rfind("（", lo, start), text.rfind("(", lo, start))
    if bracket < 2 or max(text.rfind("）", bracket, start), text.rfind(")", bracket, start)) >= 0:
        return False
    close = [
        k
        for k in (text.find("）", start, start + 120), text.find(")", start, start + 120))
        if k > 0
    ]
    inside = text[bracket + 1 : min(close) if close else start]
    if not _HOME_NOTE.search(inside) or _SHARED_LABEL.search(text, lo, start):
        return False
    name = text[bracket - 3 if bracket > 3 else 0 : bracket]
    return (
        v.plausible_name(name, strict=True)
        or v.plausible_name(name[1:], strict=True)
        or (text[bracket - 4 : bracket - 3] in _BEFORE_NAME and v.plausible_name(name))
    )


def _lawyers_box(text: str, begin: int, start: int, end: int) -> bool:
    label = text[start - 8 if start > 8 else 0 : start]
    if _UNIT_BOX_LABEL.search(label) or _UNIT_NOTE_AFTER.match(text, end):
        return False
    for m in _LAWYER.finditer(text, begin, start):
        if _named(m.group(1)):
            return True
    for m in _AGENT.finditer(text, begin, start):
        run = m.group(1)
        if any(v.plausible_name(run[:k], strict=True) for k in (3, 2) if len(run) >= k):
            return True
    return False


def unit_inbox(text: str, start: int) -> bool:
    """Whether the mailbox at ``start`` is where readers are told to write, where the
    office counts the mails it received, or is labelled a public call's (征集邮箱, 报名邮箱)."""
    lo = start - 14 if start > 14 else 0
    if _INBOX.search(text, lo, start) is None:
        return _offered(text, start)
    box = _ASCII_BOX.match(text, start)
    if box and (PARTY_NOTE.match(text, box.end()) or _REPLY_AFTER.match(text, box.end())):
        return False  # "发送邮件至…（举报人登记邮箱）": the party's own, to confirm by
    return _REPLY_TO_ME.search(text, _sentence_start(text, start), start) is None


def _offered(text: str, start: int) -> bool:
    """Whether the mailbox at ``start`` is offered to the addressee to hand something in by
    (``_OFFERED`` … ``_HAND_IN``), in a sentence where no writer speaks of their own."""
    lo = start - 16 if start > 16 else 0
    if "邮" not in text[lo:start] and "信箱" not in text[lo:start]:
        return False
    if _OFFERED.search(text, lo, start) is None:
        return False
    box = _ASCII_BOX.match(text, start)
    if box is None or not _HAND_IN.match(text, box.end()):
        return False
    begin = _sentence_start(text, start)
    return bool(_MODAL.search(text, begin, start)) and not (
        _REPLY_TO_ME.search(text, begin, start) or _SPEAKER.search(text, begin, start)
    )


def shared_boxes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without a mailbox given in three or more rows of a table (one row a line,
    cells parted by "|", a tab or a comma): one box for many persons' rows is their unit's."""
    counts: dict[str, int] = {}
    for c in cands:
        box = text[c[0] : c[1]].lower()
        counts[box] = counts.get(box, 0) + 1
    if max(counts.values()) < 3:
        return cands  # (the cheap look first: most boxes are given once)
    seen: dict[str, set[int]] = {}
    for c in cands:
        box = text[c[0] : c[1]].lower()
        line = text.rfind("\n", 0, c[0]) + 1
        if counts[box] >= 3 and _ROW_SIGN.search(text, line, c[0]):
            seen.setdefault(box, set()).add(line)
    shared = {box for box, lines in seen.items() if len(lines) >= 3}
    if not shared:
        return cands
    return [c for c in cands if text[c[0] : c[1]].lower() not in shared]
