"""The contacts a letter gives as its addressee's or writer's own (issue 16, docs78): a reply to
a complaint repeats what the writer left ("您在举报中留下的联系地址为…，联系电话…，电子邮箱…",
"您预留的手机…", "您的联系电话…"). A number or mailbox in that sentence, after the
addressee's words and before any unit's (本局, 我单位, 窗口 …), is the addressee's, though
the letter's other words (举报, 局) read like a unit's contact lines. So is one the writer
gives as their own or a relative's ("也可回复至我女儿的邮箱…"), not 我局's or 我单位's.
"""

from __future__ import annotations

import re

# the addressee (您, 你; not 你单位, 你公司, 你村 …) and the addressee's kin
_YOU = r"(?:您|你(?!们?(?:单位|公司|村|社区|局|所|站|院|中心|校)))"
_KIN = r"(?:爱人|配偶|丈夫|妻子|父亲|母亲|儿子|女儿|子女|家属|亲属|家人|监护人)"
# the addressee's own contacts: what 您 left, gave or filled in, or 您's own phone
_ADDRESSEE_OWN = re.compile(
    rf"{_YOU}(?:户)?(?:在[^。；;\n]{{0,16}}?|于[^。；;\n]{{0,16}}?)?(?:所)?"
    r"(?:留下|预留|留存|填写|填报|提供|登记|所留|所填|留)的?"
    rf"|{_YOU}的(?:{_KIN}[\u4e00-\u9fff]{{0,5}}?的?)?(?:联系|家庭|家中)?"
    r"(?:电话|手机|座机|固话|邮箱|电子邮箱|联系方式)"
    # the writer's own or a relative's ("回复至我女儿的邮箱…"), not 我局's, 我单位's
    r"|我(?!们?(?:局|委|办|院|所|站|单位|中心|司|厅|部|处|科|股|镇|县|市|区|乡|街道|村|社区|公司))"
    r"[\u4e00-\u9fff]{0,3}?的(?:联系|家庭|家中)?(?:电话|手机|座机|固话|邮箱|电子邮箱|联系方式)"
)
# a unit's words between them and the number: the unit's contact, not the addressee's
_UNIT_BETWEEN = re.compile(
    r"我[局委办院所站中]|本[局委办院所站单机]|单位|窗口|[局所站院委厅办]的?(?:电话|邮箱|地址)"
)


def addressee_contact(text: str, start: int) -> bool:
    """Whether the number or mailbox at ``start`` is one a letter gives as its addressee's."""
    lo = start - 120 if start > 120 else 0
    if text.find("您", lo, start) < 0 and text.find("我", lo, start) < 0:
        return False  # (the cheap look: most numbers have no 您 or 我 before them)
    begin = max(
        text.rfind("。", lo, start), text.rfind("\n", lo, start), text.rfind("！", lo, start)
    )
    begin += 1
    last = None
    for m in _ADDRESSEE_OWN.finditer(text, begin, start):
        last = m  # (the addressee's words nearest the number)
    return last is not None and not _UNIT_BETWEEN.search(text, last.end(), start)
