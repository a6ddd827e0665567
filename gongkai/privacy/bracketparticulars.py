"""A person named in running text right before a bracket of their particulars (issue 16):
"买受人为蒋某某（公民身份号码3210…，住…）", "在外人员郑某某（电话1477…）", "同学韩某某
（hyx_0831@qq.com）", "委托龚某某（之妻）领取". Whatever word stands before the name, the
bracket says a private person: an identity number, a home address, a mobile number, a
private mailbox or the kinship to the person the record is about (其子, 之妻) or their role towards a home (房东, 租户): this alone names a private
person even as a label's value ("协助人：X（其兄，电话…）"). The name
is the two or three characters (four with a compound surname) before the bracket,
shaped as a name and either the whole run or after a word ending in a person's role, a
relation, a particle, a village or a group (人, 员, 者, 为, 由, 给, 向, 托, 孙, 妹, 村,
组, 的 …); a unit's contact person with only a phone in the bracket (联系人, 负责人, 经办人)
and a label's value alone ("代表：X（…）") are left to the rules for officials and labels.
"""

from __future__ import annotations

import re

from . import namemodel as nm
from . import validators as v
from .listwords import NON_NAME, non_name
from .namemodel import _ROLE as _ROLE_WORD
from .patterns import WEAK_CUES
from .wordfind import find_word, places

Candidate = tuple[int, int, str, float]

_CJK = "\u4e00-\u9fff"
# the bracket's opening particulars; led by the bracket, a literal, for the fast scan
_PARTICULARS = re.compile(
    # (an identity number may follow a short note of who they are: "X（一级建造师，身份证号…）")
    r"[（(](?:(?:(?P<note>[\u4e00-\u9fff]{2,8})[，,、；;][ \u3000]*)?"
    r"(?P<id>公民身份(?:号码|证号)|身份证(?:号码|号)?)[：:]?[ \u3000]*\d{6}"
    r"|(?P<home>(?:家住|现住|住址[：:]?|住)[\u4e00-\u9fff]{2,12}?[省市县区镇乡村路街]"
    # or their home's own line ("X（家庭电话（0513）8181…）"): no unit's
    r"|(?:家庭电话|住宅电话|家庭座机|家中电话)[：:]?[ \u3000]*[（(]?0\d{2,3})"
    # or an identity number alone, the whole bracket ("疑似X（5113…68X）"): read as an ID
    r"|(?P<bare>\d{17}[\dXx](?=[）)]))"
    r"|(?P<phone>(?:联系电话|电话|手机|手机号)?[：:]?1[3-9]\d{9}(?!\d))"
    r"|(?P<mail>[A-Za-z0-9._%+-]{2,40}@[A-Za-z0-9.-]+\.[a-z]{2,6})"
    # the person's kinship to the one the record is about ("委托X（之妻）领取", "由X（其子）")
    r"|(?P<kin>[其之](?:[长次]?[子女]|妻|夫|父|母|兄|弟|姐|妹|孙[子女]?|侄[子女]?|儿媳|女婿|配偶)"
    # or their private role towards a home or shop ("协助整改人：X（房东，电话…）")
    r"|房东|房主|租户|承租户)[）)，,、])"
)
# what ends the words before a name: a person's role or relation, or a particle
_LEAD_END = frozenset(
    "人员者工友学事属民户为由是系及和与、孙女子妻夫父母兄姐弟妹侄甥媳婿村组给向托的"
    "似"  # whom a body or a person found is believed to be (经比对疑似X（身份号码…）)
)
# words for a person whose last character is also a surname, by that character (邻居 ends
# in 居): a name's first character that closes one is the word's, not a surname
_WORD_ENDS: dict[str, tuple[str, ...]] = {}
for _w in WEAK_CUES:
    if len(_w) >= 2 and (_w[-1] in v.SURNAMES or _w[-1] in v.RARE_SURNAMES):
        _WORD_ENDS[_w[-1]] = (*_WORD_ENDS.get(_w[-1], ()), _w)
# a verb of where one lives or stays: the run after it is a place ("现居哈尔滨")
_RESIDES = re.compile(r"(?:现|定|寄|旅|移|迁|久|仍|家)居|住在|居住于?|住于")
_UNIT_CONTACTS = ("联系人", "负责人", "经办人", "承办人", "咨询人")
_UNIT_MAIL = (".gov.cn", ".edu.cn", ".org.cn")
_UNIT_ROLES = ("法定代表人", "法人代表", "法人")


# the same identity number after a comma ("协管员X，身份证号4116…，男"): a role's holder
# given their own identity number is a private person (an official's is never written);
# the groups the bracket's particulars have never match here
_ID_AFTER_COMMA = re.compile(
    r"[，,][ \u3000]*(?P<id>公民身份(?:号码|证号)|身份证(?:号码|号)?)[：:]?[ \u3000]*\d{6}"
    r"(?P<note>(?!))?(?P<mail>(?!))?(?P<phone>(?!))?(?P<kin>(?!))?(?P<bare>(?!))?"
)


def persons_before_particulars(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    at = find_word(text, "身份")  # (by 身: a one-character find, ``wordfind``)
    while at >= 0:
        comma = at - 1 if text[at - 1 : at] in ("，", ",") else at - 3
        if (
            comma >= 3
            and text[comma] in "，,"
            and not _LEAD_END.isdisjoint(text[comma - 5 : comma - 1])  # a role's end before
        ):
            m = _ID_AFTER_COMMA.match(text, comma)
            if m is not None:
                _before(text, comma, m, out, comma=True)
        at = find_word(text, "身份", at + 2)
    for opener in ("（", "("):
        # (the brackets' places, found once a text: ``wordfind``; a regex scan costs more)
        for at in places(text, opener):
            m = _PARTICULARS.match(text, at)
            if m is not None and at >= 2:
                _before(text, at, m, out)
            elif m is None and at >= 2:
                comma = text.find("，", at + 3, at + 10)
                if comma > 0 and text[comma - 2 : comma] in _STANDINGS:
                    if _MOBILE_AFTER.match(text, comma + 1):
                        _before(text, at, None, out)  # "X（业主，手机1…）"
    return out


# a note of the person's private standing before their mobile ("X（本楼住户，手机1…）"):
# the bracket is as strong as an ID's (looked for only where the particulars are none)
_STANDINGS = frozenset(
    "住户 业主 户主 村民 居民 租户 房东 房主 家属 亲属 邻居 本人 车主 患者".split()
)
_MOBILE_AFTER = re.compile(r"[ \u3000]*(?:联系电话|电话|手机|手机号)?[：:]?1[3-9]\d{9}(?!\d)")


def _before(
    text: str, at: int, m: re.Match | None, out: list[Candidate], *, comma: bool = False
) -> None:
    """The name right before the bracket at ``at`` whose particulars ``m`` read."""
    lo = at
    while lo > 0 and at - lo < 10 and "\u4e00" <= text[lo - 1] <= "\u9fff":
        lo -= 1
    run = text[lo:at]
    if len(run) < 2:
        return
    # a label's value alone: the rules of labels know officials (人大代表：X（…）); after
    # a colon only a name with a role before it is read here (湘A1234：经营权人X（…）)
    valued = text[lo - 1 : lo] in ("：", ":")
    if m is not None and m.group("mail") and m.group("mail").endswith(_UNIT_MAIL):
        return
    if m is not None and m.group("note") and m.group("note").endswith(_UNIT_ROLES):
        return  # "X（法定代表人，身份证号…）": the company's registration, not a person's
    phone_only = m is not None and m.group("phone") is not None
    # a kinship or landlord note: no official's, even as a label's value
    kin = m is not None and m.group("kin") is not None
    # an ID, a home or a private standing (``m`` None) says a private person whatever word
    # stands before the name ("登记旅客X（身份证号…）", "同楼栋X（住…）"); a bare phone
    # needs a role
    weak = m is not None and not (m.group("id") or m.group("home") or m.group("bare"))
    lived = [r.end() for r in _RESIDES.finditer(run)] if "住" in run or "居" in run else []
    if lived and "的" not in run[lived[-1] :]:
        return  # "大姐现居哈尔滨（住宅电话…）": where one lives, no one's name
    for size in (4, 3, 2) if run[-4:-2] in v.COMPOUND_SURNAMES else (3, 2):
        if len(run) < size:
            continue
        name = run[-size:]
        lead = run[:-size]
        if lead and (lead + name[0]).endswith(_WORD_ENDS.get(name[0], ("\n",))):
            continue  # "邻居乜娜（住…）": 居 closes 邻居, the name is 乜娜
        if (valued and not lead and not kin) or (lead and lead[-1] not in _LEAD_END and weak):
            continue
        if comma and (not lead or lead.endswith(_UNIT_ROLES)):
            break  # a bare name before a comma is the other rules' (X，男，), a company's role none
        if comma and lead[-1] not in _LEAD_END:
            continue  # after a comma only a role word right before vouches (协管员X，身份证号…)
        if lead and lead[-1] not in _LEAD_END:
            # any word before a name the bracket vouches for: a name of its own shape,
            # no role's last sign opening it ("业委会主任X（业主，…）"), no surname before a
            # name of two (吴应芬 is no 应芬)
            if _ROLE_WORD.search(lead[-3:] + name[0]) or nm.score(name) < 0.75:
                continue
            if (
                size == 2
                and (lead[-1] in v.SURNAMES or lead[-1] in v.RARE_SURNAMES)
                and not _ROLE_WORD.search(lead)
            ):
                continue
        if phone_only and lead.endswith(_UNIT_CONTACTS):
            break  # a unit's contact person with the office's number
        if v.name_shape(name) != name or name in NON_NAME or non_name(name):
            continue
        if name in v.COMMON_WORDS or (size == 3 and name[-1] in "人员"):
            continue
        out.append((at - size, at, "name", 0.8))
        break
