"""Whose landline it is, read from the number's own label and sentence (issue 16).

The scanner decides a landline's owner from the words before it (``context``,
``phoneowner``). This pass, run once over the candidates, settles what those words
cannot:

- a unit's number by its own label: the label names a room or a duty of a unit
  (户籍室：, 值班室：, 镇司法所指导电话：, 预约电话：), not a person's line (住宅电话,
  本人电话, 301室);
- a unit's number by its sentence: a bare label (联系电话：) after a sentence whose
  subject is a unit (…有限公司遗失公章一枚，声明作废。联系电话…) or that hands a matter
  to a unit (已移交市…执法支队处理。联系电话…); a number offered instead of a hotline
  (服务热线12333，或拨打…); a number followed by a government mailbox (….gov.cn) in its
  line (a college's .edu.cn mailbox may be noted as a person's own: not read here);
- a unit's number in its row of a register (``subjectrows``);
- a person's number: after a person noted with their relation (同行人：X（儿子），
  联系电话…).
"""

from __future__ import annotations

import re

from .numbers import landline_end
from .patterns import PHONE_OF_PERSON
from .subjectrows import institution_row
from .unitcells import unit_cell
from .unitlabels import unit_label_phone
from .unitprefixes import unit_prefix_phone
from .wordfind import lead_finditer

Candidate = tuple[int, int, str, float]

_CJK = "\u4e00-\u9fff"
# a room or office of a unit, then an optional duty, right before the number
# (searched from the room's character, the one before read back: a search led by the
# class of all CJK characters would try every position of the 24 before the number)
_ROOM_LABEL = re.compile(
    rf"[室科股所站队处](?<=[{_CJK}][室科股所站队处])(?<![住寝卧居宿].)"
    r"(?:指导|值班|监督|咨询|预约|服务|办公|业务|受理|报警|求助|办事)?"
    r"(?:(?:电话|热线|号码)[：:]?|[：:])[ \u3000]*$"  # a label: not a unit's cell before it
)
_DUTY_LABEL = re.compile(
    r"(?:指导|值班|预约|报警|求助|受理|办事)(?:电话|热线)(?:号码)?[：:]?[ \u3000]*$"
)
# the officer on duty named before the line's phone ("值班预报员：卢工　电话："): the duty line
_ON_DUTY = re.compile(
    r"(?:值班|带班)[\u4e00-\u9fff]{0,4}[：:][ \u3000]*[\u4e00-\u9fff]{1,4}[ \u3000，,]*"
    r"(?:联系)?电话[：:]?[ \u3000]*$"
)
# a line of public services' numbers: a labelled service short number (供电：95598, 12345,
# 400-…) beside the labelled landline (有线电视：0816-…) makes the line a directory's
_SERVICE_NUMBER = re.compile(
    r"[：:][ \u3000]*(?:9[56]\d{3}|12\d{3}|400[- ]?\d{3}[- ]?\d{4})(?![\d-])"
)
_LABELLED = re.compile(r"[\u4e00-\u9fff]{2,8}[：:][ \u3000]*$")
# a government body's short name as the label, opening its clause ("县防指联络电话：",
# "镇防办电话"): 县/市/镇/乡 (no surname; 区 is one) and at most six characters
_LEVEL_LABEL = re.compile(
    r"(?:^|(?<=[。；;，,\s]))[县市镇乡][\u4e00-\u9fff]{1,6}?(?:联络|联系|值班|办公)?电话"
    r"(?:号码)?[：:]?[ \u3000]*$",
    re.MULTILINE,
)
# a unit's duty room right before its number, no label between ("（电站值班室0835-…）")
_LABEL_ENDS = frozenset("话线码：:")  # the last character of _ROOM_LABEL's or _DUTY_LABEL's match
_ROOM_BARE = re.compile(r"(?:值班|办公|传达|调度|门卫|收发|监控|接待)室[ \u3000]*$")
_BARE = re.compile(r"(?:联系|咨询)?(?:电话|方式)(?:号码)?[：:]?[ \u3000]*$")
# whether _BARE is found in a sentence, searched without its optional lead (which decides
# nothing there): led by 电 or 方, the engine skips to them instead of trying every position
_BARE_END = re.compile(r"(?:电话|方式)(?:号码)?[：:]?[ \u3000]*$")
_UNIT = (
    r"(?:有限公司|公司|合作社|学校|中学|小学|幼儿园|医院|卫生院|中心|局|委员会|协会|商会|厂|"
    r"酒店|宾馆|银行|支行|事务所)"
)
# a sentence whose subject is a unit ("某食品有限公司遗失公章一枚，声明作废")
_UNIT_SUBJECT = re.compile(
    rf"[ \u3000]*(?:\d{{1,3}}[.、．]|[（(]?[一二三四五六七八九十]{{1,3}}[）)、])?[ \u3000]*"
    rf"[^\s在到向从给对和与及的，,。；;：:（()）]{{2,30}}?{_UNIT}"
    r"(?=遗失|丢失|不慎|声明|将|已|现|拟|特|经|因|自)"
)
# a sentence that hands the matter to a unit ("已移交市交通运输综合行政执法支队处理")
_HANDED = re.compile(
    rf"(?:移交|移送|转交|转送|转办|交由|转至)[{_CJK}]{{2,30}}?"
    r"(?:局|队|中心|所|站|委员会|办公室|办|院|政府|部门)(?:依法)?(?:处理|办理|调查|核查|查处)?$"
)
_INSTEAD = re.compile(r"(?:或|或者|也可|亦可)(?:拨打|致电)(?:电话)?[：:]?[ \u3000]*$")
_HOTLINE = re.compile(r"热线|服务电话|咨询电话|监督电话|值班电话")
_UNIT_MAIL = re.compile(
    r"[ \u3000]*[，,；;]?[ \u3000]*(?:电子)?(?:邮箱|信箱|邮件|E-?mail)[：:]?[ \u3000]*"
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.gov\.cn",
    re.IGNORECASE,
)
# a government mailbox, then a bare phone label before the number ("邮箱：…@….gov.cn
# 联系电话：0776-…"): the unit's channel, as a mailbox after the number (above)
_MAIL_BEFORE = re.compile(
    r"@[A-Za-z0-9.-]+\.gov\.cn[ \u3000]*[，,；;]?[ \u3000]*[\u4e00-\u9fff]{0,6}"
    r"(?:电话|座机|方式)(?:号码)?[：:]?[ \u3000]*$",
    re.IGNORECASE,
)
_RELATION = (
    r"儿子|女儿|父亲|母亲|配偶|妻子|丈夫|哥哥|弟弟|姐姐|妹妹|孙子|孙女|祖父|祖母|爷爷|奶奶|"
    r"外公|外婆|侄子|侄女|外甥|儿媳|女婿|亲属|家属|朋友|同事|邻居|同学"
)
_PHONE_AFTER = r"[，,]?[ \u3000]*(?:联系)?(?:电话|手机|座机|固话|方式)(?:号码)?[：:]?[ \u3000]*"
_LANDLINE = r"(?:[(（]0\d{2,3}[)）][ \u3000]?|0\d{2,3}[ -]?)[2-9]\d{6,7}(?![0-9])"
_NUMBER = re.compile(_LANDLINE + r"(?:(?:转|分机|-)\d{1,6})?")
# the number before, in a list of the same label's numbers ("征集电话：0816-…、0816-…")
_PRIOR = re.compile(_LANDLINE + r"(?:(?:转|分机|-)\d{1,6})?[、/][ \u3000]*$")
# a person noted with their relation, then their number ("汤坤（儿子），联系电话…")
# (found from the closing bracket, a literal each: the relation is read back from there)
_KIN_PHONES = tuple(  # (by the bracket each one opens with: ``lead_finditer``)
    (re.compile(rf"{re.escape(b)}{_PHONE_AFTER}({_LANDLINE})"), b) for b in ("）", ")")
)
_KIN_NOTE = re.compile(rf"[（(](?:{_RELATION})$")


def _sentence_start(text: str, start: int) -> int:
    lo = start - 160 if start > 160 else 0
    find = text.rfind  # (four calls, no generator: once for every landline)
    return (
        max(
            find("。", lo, start),
            find("！", lo, start),
            find("？", lo, start),
            find("\n", lo, start),
        )
        + 1
        or lo
    )


def _service_line(text: str, start: int) -> bool:
    """Whether the labelled landline at ``start`` stands in a line of services' numbers."""
    if not _LABELLED.search(text, start - 12 if start > 12 else 0, start):
        return False
    lo = max(text.rfind("\n", start - 200 if start > 200 else 0, start) + 1, start - 200, 0)
    hi = text.find("\n", start, start + 200)
    line = text[lo : hi if hi >= 0 else start + 200]
    return bool(_SERVICE_NUMBER.search(line)) and not PHONE_OF_PERSON.search(line)


def unit_landline(text: str, start: int) -> bool:
    """Whether the landline at ``start`` is a unit's by its label or sentence (above)."""
    before = text[start - 24 if start > 24 else 0 : start]
    # the labels below and _PRIOR end the text before, but for spaces (and a newline: ``$``)
    last = (before[:-1] if before[-1:] == "\n" else before).rstrip(" \u3000")[-1:]
    prior = _PRIOR.search(before) if last == "、" or last == "/" else None
    if prior and start > 24:
        return unit_landline(text, start - 24 + prior.start())
    if ".gov.cn" in text[start - 60 if start > 60 else 0 : start] and _MAIL_BEFORE.search(
        text, start - 60 if start > 60 else 0, start
    ):
        return True
    if (last in _LABEL_ENDS and (_ROOM_LABEL.search(before) or _DUTY_LABEL.search(before))) or (
        last == "室" and _ROOM_BARE.search(before)
    ):
        return True
    if "班" in text[start - 30 if start > 30 else 0 : start] and _ON_DUTY.search(
        text, start - 30 if start > 30 else 0, start
    ):
        return True
    if institution_row(text, start) or unit_cell(text, start) or unit_label_phone(text, start):
        return True  # 经营者名称 | … | 联系电话: a school's or hospital's row (subjectrows)
    if (
        text.find("电话", start - 24 if start > 24 else 0, start) >= 0
        and _LEVEL_LABEL.search(text, start - 24 if start > 24 else 0, start)
    ) or unit_prefix_phone(text, start):
        return True
    if _service_line(text, start):
        return True
    number = _NUMBER.match(text, start)
    if number and _UNIT_MAIL.match(text, number.end()):
        return True
    begin = _sentence_start(text, start)
    sentence = text[begin:start]
    if _INSTEAD.search(sentence) and _HOTLINE.search(sentence):
        return True
    if begin and text[begin - 1] == "。" and _BARE.fullmatch(sentence.lstrip(" \u3000")):
        prior = text[_sentence_start(text, begin - 1) : begin - 1]
        return bool(_UNIT_SUBJECT.match(prior) or _HANDED.search(prior))
    if _BARE_END.search(sentence):
        cut = max(sentence.rfind("，"), sentence.rfind(","))
        return cut > 0 and bool(_UNIT_SUBJECT.match(sentence))
    return False


def settle_landlines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without units' landlines, with kin's numbers the scanner missed."""
    out = [c for c in cands if c[2] != "landline" or not unit_landline(text, c[0])]
    taken = {c[0] for c in out}
    added: list[Candidate] = []
    if "）" in text or ")" in text:
        for m in (m for kin, b in _KIN_PHONES for m in lead_finditer(kin, b, text)):
            k = m.start()
            if m.start(1) not in taken and _KIN_NOTE.search(text, k - 4 if k > 4 else 0, k):
                added.append(
                    (m.start(1), landline_end(text, m.start(1), m.end(1)), "landline", 0.85)
                )
    return out + added
