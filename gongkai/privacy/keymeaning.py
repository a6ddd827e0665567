"""What a field's key in a system's export means: whose datum it holds and what kind.

Exports name their fields by keys, not by Chinese labels: ``agent``, ``agent_tel``,
``office_tel``, ``ownerPhone``, ``guardian.idNo``, ``home_addr``, and in pinyin initials
``xm``, ``sfzh``, ``jtdz``, ``lxr``, ``dwmc``, ``dwdh``. No list of whole keys can name
them all, so a key is read from its parts: it is split at ``_``, ``-``, ``.`` and spaces
and between a small and a capital letter (camelCase); a part that is no English word is
segmented into pinyin words and initials (``cbdwdh`` = cb dw dh, ``jtdh`` = jt dh). Each
part is a holder's word — a person's role (agent, owner, applicant, spouse, guardian …,
``dlr``, ``sqr``, ``po``), a unit's (office, station, unit, dept, bureau, hotline …,
``dw``, ``bm``, ``jg``), a staff's acting in office (operator, handler, reviewer,
``jbr``, ``shr``) or a home's (home, family, personal, ``jt``, ``gr``) — or a datum's
(name, tel/phone/mobile, addr/address, idno/id_card/sfzh, email/mail, card/account).

``meaning(key)`` is (holder, datum): a unit's word anywhere makes the datum the unit's
(``station_tel``, ``unitContactPhone``, ``dwlxdh``); else a staff's word the staff's;
else a person's role or a home's word the person's (``owner_phone``, ``jtdh``). A key
whose last word is a person's role (``agent``, ``village_vet``, ``dlr``) holds that
person's name; a role followed by another word and no datum (``sqrlx``, ``owner_type``)
holds none. The exports' readers ask it where their table of known keys says nothing
(``xmltables.field_header``) and where a phone's owner is decided by its key
(``unitcolumns.unit_key``).
"""

from __future__ import annotations

import re
from functools import lru_cache

# the datum a part names
_DATUM = {
    "name": "name fullname realname xm xingming mingzi",
    "phone": "tel telephone phone mobile cellphone mob dh dianhua sj shouji sjh sjhm fax landline zuoji",
    "address": "addr address adr dz dizhi zz zhuzhi zhusuo residence",
    "id": "idno idcard idnumber idnum sfz sfzh sfzhm sfzjhm zjhm zjh gmsfhm certno",
    "email": "email mail yx dzyx youxiang youjian",
    "card": "card cardno account acct yhk yhkh yhzh bankcard",
}
# a person's role: the Chinese header its name stands under
_PERSON = {
    "agent": "代理人",
    "proxy": "代理人",
    "dlr": "代理人",
    "wtdlr": "代理人",
    "attorney": "代理人",
    "trustee": "受托人",
    "delegate": "受托人",
    "dbr": "代办人",
    "owner": "所有人",
    "holder": "持证人",
    "applicant": "申请人",
    "sqr": "申请人",
    "spouse": "配偶",
    "po": "配偶",
    "wife": "妻子",
    "husband": "丈夫",
    "guardian": "监护人",
    "jhr": "监护人",
    "witness": "见证人",
    "jzr": "见证人",
    "member": "成员",
    "cy": "成员",
    "mother": "母亲",
    "father": "父亲",
    "parent": "家长",
    "child": "子女",
    "son": "儿子",
    "daughter": "女儿",
    "student": "学生",
    "xs": "学生",
    "patient": "患者",
    "payee": "收款人",
    "beneficiary": "受益人",
    "heir": "继承人",
    "tenant": "承租人",
    "lessee": "承租人",
    "renter": "承租人",
    "landlord": "出租人",
    # a rented home's owner by the initials of 房主 (a migrant's record: fzxm, fzlxdh)
    "fz": "房主",
    "fangzhu": "房主",
    "lessor": "出租人",
    "buyer": "买受人",
    "seller": "出卖人",
    "borrower": "借款人",
    "guarantor": "担保人",
    "debtor": "债务人",
    "caller": "来电人",
    # the parties of a hotline's or a petition's record by their initials: 来电人, 来访人,
    # 反映人, 求助人 (a 12345 work order's ldrxm, ldrdz)
    "ldr": "来电人",
    "lfr": "来访人",
    "fyr": "反映人",
    "qzr": "求助人",
    "complainant": "投诉人",
    "visitor": "来访人",
    "victim": "受害人",
    "insured": "被保险人",
    "claimant": "申请人",
    "recipient": "收款人",
    # a payment's payee and receiver by their initials (skrxm 收款人姓名, lkr 领款人)
    "skr": "收款人",
    "lkr": "领款人",
    "householder": "户主",
    # an insurance record's insured by the initials of 被保险人 (bbxr, bbxrxm)
    "bbxr": "被保险人",
    # an individual business's or a farm's operator by the initials of 经营者 (jyz, jyzxm)
    "jyz": "经营者",
    "deceased": "死者",
    "relative": "亲属",
    "kin": "亲属",
    "emergency": "紧急联系人",
    "jjlxr": "紧急联系人",
    "vet": "兽医",
    "resident": "居民",
    "wtr": "委托人",
    "principal": "委托人",
    # a person a record is about by the work they do (a complaint's coach, an accident's
    # driver): 教练员, 驾驶员 — the person's own name, not a unit's
    "coach": "教练员",
    "instructor": "教练员",
    "jly": "教练员",
    "driver": "驾驶员",
    "jsy": "驾驶员",
    # a workers' team by its leader (a roster's 班组长, the foreman paid for the team)
    "foreman": "班组长",
    "bzz": "班组长",
}
_CONTACT = frozenset("contact linkman lxr".split())
_UNIT = frozenset(
    "office station unit org organization organisation dept department company corp firm "
    "bureau center centre hotline agency hospital clinic school branch committee gov "
    "government service window counter desk enterprise shop store hall dw danwei bm bumen "
    "jg jigou gs bgs cbdw "
    # grassroots units' initials: 司法所, 派出所, 林业站, 卫生院, 卫生室, 居委会, 村委会
    "sfs pcs lyz wsy wss jwh cwh".split()
)
_STAFF = frozenset(
    "operator handler clerk officer staff reviewer auditor approver checker exporter "
    "creator modifier updater recorder jbr shr tbr zbr clr blr slr cbr jdr hfr fcr spr "
    # a staff named by the post they hold (员): 调解员, 网格员, 书记员, 承办员, 受理员, 工作人员
    "mediator tjy wgy sjy cby sly gzry "
    # a census's enumerator (普查员): engaged by the office
    "enumerator pcy "
    # a register's collector (采集员) and the exporter of its file (导出人): the office's
    "collector cjy dcr "
    # a cadre who looks after a household (帮扶人, 帮扶责任人, 帮扶干部) and an inspector
    # of the work done (验收人, 验收人员): the office's, their names no private persons'
    "bfr bfzrr bfgb ysr ysry "
    "sdr".split()  # 送达人: the office's server of a paper (its receiver is 受送达人, ssdr)
)
_HOME = frozenset(
    "home family personal private self house household jt jiating gr geren huji".split()
)

# the datum words in pinyin or its initials (the English ones keep English order: phone_owner)
_PINYIN_DATUM = frozenset(
    "xm xingming mingzi dh dianhua sj shouji sjh sjhm zuoji dz dizhi zz zhuzhi sfz sfzh "
    "sfzhm sfzjhm zjhm zjh gmsfhm yx dzyx youxiang youjian yhk yhkh yhzh".split()
)
_DATUM_OF = {word: datum for datum, words in _DATUM.items() for word in words.split()}
# 邮寄, 通讯: where a letter is sent (yjdz 邮寄地址, txdz 通讯地址), read only before a datum's
# word (``parts``): alone or before another word they are not read (yjbh stays unread)
_POST_WORDS = frozenset(("yj", "youji", "tx", "tongxun"))
# the words pinyin parts are segmented into, longest first
_PINYIN = sorted(
    {w for w in (*_DATUM_OF, *_PERSON, *_UNIT, *_STAFF, *_HOME, *_CONTACT) if w.isalpha()}
    | {"lx", "lianxi", "gd", "guding", "fixed", "jj", "jinji", "ld", "hm", "bg", "kh", "zx", "jd"}
    | _POST_WORDS,
    # (联系, 固定, 紧急, 来电, 办公, 邮寄, 通讯: a datum's modifiers; 号码 a phone after one,
    # ``parts``)
    key=len,
    reverse=True,
)
_CALL_WORDS = frozenset(("jj", "ld", "hm"))
_PAYEES = frozenset(("skr", "lkr", "payee", "recipient", "beneficiary"))
_PHONE_END = frozenset(("dh", "dianhua", "hm", "tel", "phone", "telephone"))
_NUMBER_OF_PHONE = frozenset(("ld", "lx", "lianxi", "gd", "guding", "jj"))
_NUMBERED = {"id": "idno", "idno": "idno", "card": "card"}
# a camelCase key's pieces, and one syllable of pinyin (an initial and a final)
_CAMEL = re.compile(r"[A-Z][a-z]*")
_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo"
    r"|ui|un|ue|ve|a|o|e|i|u|v)"
)
_SPLIT = re.compile(r"[_\-.\s/]+|(?<=[a-z0-9])(?=[A-Z])")
_LETTERS = re.compile(r"[a-z]+")


def _segment(part: str) -> list[str] | None:
    """``part`` as known words end to end (pinyin initials run together), or None."""
    if part in _DATUM_OF or part in _PERSON or part in _UNIT or part in _STAFF:
        return [part]
    # longest words first from the left; a short dynamic search (keys are short)
    n = len(part)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        for word in _PINYIN:
            if part.startswith(word, i) and best[i + len(word)] is None:
                best[i + len(word)] = [*here, word]
    return best[n]


@lru_cache(maxsize=1024)
def camel_initials(key: str) -> str | None:
    """The initials of a key in full pinyin camelCase, a syllable a capital
    (ShouKuanZhangHao: skzh), or None."""
    if not key[:1].isupper() or key.isupper():
        return None
    syllables = _CAMEL.findall(key)
    if (
        len(syllables) >= 2
        and "".join(syllables) == key
        and all(_SYLLABLE.fullmatch(x.lower()) for x in syllables)
    ):
        return "".join(x[0] for x in syllables).lower()
    return None


def parts(key: str) -> list[str]:
    """The words of ``key``: split at signs and camelCase, pinyin runs segmented."""
    if ":" in key:
        key = key.rsplit(":", 1)[1]  # a namespace prefix
    initials = camel_initials(key)
    if initials and _segment(initials) is not None:
        # full pinyin in camelCase, a syllable a capital (JinJiLianXiRen 紧急联系人,
        # JiaTingZhuZhi 家庭住址, ShouJi): read by its initials, as jjlxr, jtzz and sj
        # are, when the initials are known words end to end
        key = initials
    out: list[str] = []
    for raw in _SPLIT.split(key):
        part = raw.lower()
        if not part:
            continue
        if part.isdigit():
            continue
        part = part.rstrip("0123456789")
        if part in ("card", "no", "num", "number", "hm") and out and out[-1] in _NUMBERED:
            out[-1] = _NUMBERED[out[-1]]  # id_no, idCard, card_number, motherIdNo
            continue
        if part == "id" and out and (out[-1] in _PERSON or out[-1] in _HOME):
            out.append("idno")  # motherId, ownerId: a person's ID
            continue
        segmented = _segment(part) if _LETTERS.fullmatch(part) else None
        if segmented and "jinji" in segmented:  # 紧急 in full pinyin, lower case after its
            segmented = ["jj" if w == "jinji" else w for w in segmented]  # first letter
        if segmented and _CALL_WORDS.intersection(segmented) and segmented[-1] not in _PHONE_END:
            segmented = None  # (紧急, 来电, 号码 read only in a phone's key: ldxm stays unread)
        if segmented and segmented[-1] in _POST_WORDS:
            segmented = None
        if segmented and "bg" in segmented:
            # 办公 right before a phone's word: an office's line (bgdh 办公电话, bglxdh);
            # elsewhere bg may be 被告 or 变更 (bgxm, bgrq) and stays unread
            k = segmented.index("bg")
            after = segmented[k + 1 :]
            phone = after and (after[0] in _PHONE_END or after[-1] in _PHONE_END)
            segmented = [*segmented[:k], "office", *after] if phone else None
        if segmented and "zx" in segmented:
            # 咨询 (or 中心) right before a phone's word: a service's line (zxdh 咨询电话,
            # zxlxdh); elsewhere zx may be 注销, 执行 or 专项 and stays unread (privfix24a)
            k = segmented.index("zx")
            phone = k + 1 < len(segmented) and segmented[-1] in _PHONE_END
            segmented = [*segmented[:k], "service", *segmented[k + 1 :]] if phone else None
        if segmented and "jd" in segmented:
            # 监督, 接待 or 街道 right before a phone's word: a unit's line (jddh 监督电话,
            # 接待电话); elsewhere jd may be 鉴定, 决定 or 进度 and stays unread (privfix25b)
            k = segmented.index("jd")
            phone = k + 1 < len(segmented) and segmented[-1] in _PHONE_END
            segmented = [*segmented[:k], "service", *segmented[k + 1 :]] if phone else None
        if segmented and "jj" in segmented:
            segmented = ["emergency" if w == "jj" else w for w in segmented]  # 紧急联系: a person
        out.extend(segmented if segmented else [part])
    # 号码 after a call's or a contact's word is a phone (ldhm 来电号码, lxhm, gdhm); alone,
    # or after any other word (cphm 车牌号码), it names no datum
    # 卡号 after a payee's word is the payee's card (skrkh 收款人卡号, lkrkh); alone, or after
    # any other word (xskh 学生考号, khmc 客户名称: kh), it names no datum
    return [
        "dh"
        if w == "hm" and k and out[k - 1] in _NUMBER_OF_PHONE
        else "yhkh"
        if w == "kh" and k and out[k - 1] in _PAYEES
        else w
        for k, w in enumerate(out)
    ]


@lru_cache(maxsize=1024)
def meaning(key: str) -> tuple[str, str, str]:
    """(holder, datum, role) of ``key``: holder "unit", "staff", "person", "contact" or "";
    datum "name", "phone", "address", "id", "email", "card" or ""; role the Chinese word
    of a person's role ("代理人") or ""."""
    words = parts(key)
    if not words:
        return ("", "", "")
    datum = next((_DATUM_OF[w] for w in reversed(words) if w in _DATUM_OF), "")
    role = next((_PERSON[w] for w in words if w in _PERSON), "")
    if any(w in _UNIT for w in words):
        return ("unit", datum, "")
    if any(w in _STAFF for w in words):
        return ("staff", datum, "")
    # a role's key holds the person's name only when the role is its head, its last word
    # (``agent``, ``village_vet``): a word after it with no datum says something else of
    # the person (``sqrlx`` 申请人类型, ``owner_type``, ``lxr_remark``), not who
    bare = words[-1] in _PERSON or words[-1] in _CONTACT
    if (
        datum
        and words[-1] in _PERSON
        and all(w in _PINYIN_DATUM for w in words[:-1] if w in _DATUM_OF)
    ):
        # a pinyin key's head is its last word, as in the Chinese it stands for: a datum's
        # initials before a role (sj_jly 涉及教练员: sj read as 手机) modify the role, and
        # the key holds the person's name
        datum = "name"
    if role:
        return ("person", datum or ("name" if bare else ""), role)
    if any(w in _CONTACT for w in words):
        return ("contact", datum or ("name" if bare else ""), "")
    if any(w in _HOME for w in words):
        return ("person", datum, "")
    return ("", datum, "")


# role words whose bare key (``landlord``, ``victim``) heads a column of its own, as the Chinese
# header would, rather than a person's name: a landlord or a trustee may be a unit, and a
# witness's or a victim's field need not hold a name, so its value is a person's only when
# it has a name's shape (``xmltables._record``); ``landlord_name`` is still 出租人姓名
_OWN_HEADER = frozenset(
    ["emergency contact", *"trustee delegate landlord lessor witness victim jjlxr".split()]
)
# pinyin initials before xm (xingming), in all a short key: a person's name even where the
# initials name a role the words do not know (``fqxm`` 父亲姓名, ``hjrxm``)
_INITIALS_XM = re.compile(r"[a-z]{1,4}xm")
# and before md (mingdan 名单): a list of persons (``czrmd`` 承租人名单, ``cyrmd``), its
# cells names where they have a name's shape
_INITIALS_MD = re.compile(r"[a-z]{2,4}md")
_FOLD = re.compile(r"[_\-.\s]")


@lru_cache(maxsize=1024)
def name_header(key: str) -> str | None:
    """The header a key holding a person's name stands for: the role's 姓名 (``agent``,
    ``agent_name`` 代理人姓名, ``xsxm`` 学生姓名), the role itself for a bare key of a role
    in ``_OWN_HEADER`` (``landlord`` 出租人), 姓名 for initials before xm of a role no word
    names (``fqxm``); None for a key of no person's name."""
    if ":" in key:
        key = key.rsplit(":", 1)[1]  # a namespace prefix
    holder, datum, role = meaning(key)
    if holder == "person" and datum == "name":
        words = parts(key)
        if words[-1] in _OWN_HEADER or " ".join(words[-2:]) in _OWN_HEADER:
            return _PERSON[words[-2 if words[-1] in _CONTACT else -1]]
        return role + "姓名"
    if holder not in ("staff", "contact") and _INITIALS_XM.fullmatch(_FOLD.sub("", key).lower()):
        return "姓名"
    if not holder and key.endswith("md") and _INITIALS_MD.fullmatch(key):
        return "人员"  # (a head that may name persons: ``tables.PERSONISH``)
    return None
