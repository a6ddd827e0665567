"""Records of an XML export read as the rows of a table (data-exchange files, exports of a
case system or a register).

An export lists its records as elements whose children, or attributes, are the fields:

    <ROW><XM>张三</XM><SFZHM>…</SFZHM><HJDZ>…</HJDZ></ROW>
    <record 姓名="张三" 身份证号="…"/>
    <row><col name="xm">张三</col>…</row>
    <item><field name="姓名" value="张三"/>…</item>

A field's name is its column header: a Chinese name (姓名, 身份证号码, 家庭住址) is read as
it is, and the usual abbreviations of exchange formats — pinyin initials (XM 姓名, SFZHM
身份证号码, HJDZ 户籍地址, SBKH 社保卡号), pinyin words (xingming) and English names (name,
idCard, address, bankCard) — stand for their headers (``FIELD_HEADERS``). Each record then
is a row under that header (``tables``): a person column makes its value a name, an ID
column a mistyped ID an ID, a card column an 18-digit card a card, an address column a
house address where the record names a person. A contact (联系人, LXR) is a person only in
a record of a person (with a name field): the sender's contact in a file's head acts in
office, as do 经办人 (JBR) and 审核人 fields, which head no column.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import keymeaning, namemodel
from . import validators as v
from .accountkinds import scheme_card_key
from .headerroles import staff_header
from .holderinitials import ambiguous_staff, not_subject
from .itemkeys import item_keys
from .keycolumns import key_columns, private_staff
from .patterns import ORG_SUFFIX
from .reportkeys import reported
from .rolekeys import role_place_header
from .tables import (
    _DOT_NAME,
    ENTITY_HEADERS,
    UNIT_HEADERS,
    Candidate,
    _column_kind,
    _emit,
    _kinds,
)

# the usual field names of exchange formats and the headers they stand for (lower case,
# without "_", "-" and ".")
_ABBREVIATIONS = {
    "姓名": "xm xingming name fullname realname personname username xm1 rymc ryxm cyxm jtcyxm",
    "户主姓名": "hzxm hz huzhu hzmc householder",
    "申请人": "sqr sqrxm applicant applicantname",
    "收款人": "skr skrxm payee",
    "被征收人": "bzsr",
    "监护人": "jhr jhrxm guardian",
    "委托人": "wtr wtrxm",
    "联系人": "lxr lxrxm contact contactname contactperson linkman",
    # the persons of a hotline's or a petition office's work order (工单): caller, visitor,
    # complainant
    "来电人": "ldr ldrxm laidianren caller callername",
    "来访人": "lfr lfrxm laifangren visitor visitorname",
    "投诉人": "tsr tsrxm tousuren complainant",
    "反映人": "fyr fyrxm fanyingren",
    "当事人": "dsr dsrxm dangshiren",
    "法定代表人": "fddbr frdb fr legalperson legalrepresentative",
    "身份证号码": "sfzh sfzhm sfzjhm sfz gmsfhm gmsfzh zjhm zjh idcard idno idnumber idcardno "
    "identitycard identityno certno certificateno certnum sfzhaoma",
    "银行卡号": "yhkh yhzh yhkzh kh skzh skrzh bankcard bankcardno bankaccount cardno accountno "
    "bankno",
    "社保卡号": "sbkh sbk shbzkh socialcard",
    "家庭住址": "jtzz jtdz zz zhuzhi address addr homeaddress homeaddr familyaddress",
    "户籍地址": "hjdz hjszd hkszd hjd hukou registeredaddress",
    "现住址": "xzz xjzd jzdz jzd xjzdz currentaddress residence",
    "联系地址": "lxdz contactaddress mailingaddress txdz",
    "房屋地址": "fwdz fwzl fwwz",  # a flat's (房屋坐落, 房屋位置): its holder's home
    "门牌地址": "mp mph mphm mpdz sqmp ymp xmp",  # a door plate's: applied for, former, new
    "经办人": "jbr shr tbr zbr jbrxm operator handler",
    # the office's staff of a work order or a check (处理人, 复查人 …: ``headerroles``)
    "处理人": "clr clrxm blr slr cbr",
    "接待人": "jdr",
    "回访人": "hfr",
    "复查人": "fcr hcr jcr",
    "单位名称": "dwmc dw tbdw tjdw jgmc sjly company unit organization orgname",
    # a register of credit subjects: persons and firms in one field, their seat or home
    "行政相对人": "ztmc xdrmc xzxdrmc ztxm partyname subjectname",
    "住所": "zs zsd zsdz zsxxdz",  # 住所（详细）地址, a traffic register's ZSDZ
    "证件类型": "zjlx zjzl idtype certtype",
}
FIELD_HEADERS = {
    abbreviation: header
    for header, names in _ABBREVIATIONS.items()
    for abbreviation in names.split()
}
# an English field naming a person by "name" and a word keymeaning reads as no role
# (personName, first_name, babyName) or as another one (ownerName 户主姓名, not 所有人姓名):
# its Chinese header; the other roles' names (motherName, applicant_name) are read by
# ``keymeaning.name_header``, and a unit's name (orgName, hospitalName) is none of them
_ROLES = {
    "baby": "新生儿姓名",
    "newborn": "新生儿姓名",
    "owner": "户主姓名",
    "party": "当事人姓名",
    "person": "姓名",
    "first": "姓名",
    "last": "姓名",
    "given": "姓名",
    "family": "姓名",
}
# a key read by its parts (``keymeaning``): its (holder, datum) and the header it stands for
# (a person's name: ``keymeaning.name_header``)
_MEANT = {
    ("person", "id"): "身份证号码",
    ("person", "card"): "银行卡号",
    ("person", "address"): "家庭住址",
    ("contact", "name"): "联系人",
    ("", "id"): "身份证号码",
    ("", "card"): "银行卡号",
    ("", "address"): "家庭住址",
    ("staff", "name"): "经办人",
    ("staff", ""): "经办人",
}
_KEY_XM = re.compile(r"([a-z]{1,4})xm")
_ROLE_NAME = re.compile(r"([a-z]+?)(?:full|real)?(?:name|xm)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_FOLD = re.compile(r"[_\-.\s]")

_NAME = r"[A-Za-z_\u4e00-\u9fff][\w.\-:\u4e00-\u9fff]*"
_TAG = re.compile(rf"<(/?)({_NAME})((?:\s[^<>]*?)?)(/?)>")
_ATTR = re.compile(rf"({_NAME})\s*=\s*(\"|')(.*?)\2", re.DOTALL)
_KEY_ATTRS = ("name", "key", "field", "column", "code", "title", "label", "id")
_CDATA = re.compile(r"\s*<!\[CDATA\[(.*?)\]\]>\s*$", re.DOTALL)


def field_header(name: str) -> str | None:
    """The column header a field's name stands for, or None."""
    if ":" in name:
        name = name.rsplit(":", 1)[1]  # a namespace prefix
    if _CJK.search(name):
        return name
    folded = _FOLD.sub("", name).lower()
    header = FIELD_HEADERS.get(folded)
    if header is None and (initials := keymeaning.camel_initials(name)):
        header = FIELD_HEADERS.get(initials)  # ShouKuanZhangHao as skzh 收款账号
    if header is None and folded.endswith(("name", "xm")):
        role = _ROLE_NAME.match(folded)
        header = _ROLES.get(role.group(1)) if role else None
        initials = _KEY_XM.fullmatch(folded)
        if header is None and initials:
            # a known key's initials before xm (xingming): that key's header (shrxm 经办人,
            # frdbxm 法定代表人); a role's initials the table does not know are read below
            header = FIELD_HEADERS.get(initials.group(1))
    if header is None:
        # a key read by its parts: a person's name under its role's header (代理人姓名,
        # 学生姓名, 出租人), else the header its holder and datum stand for
        header = keymeaning.name_header(name) or _MEANT.get(keymeaning.meaning(name)[:2])
        header = header or role_place_header(folded, FIELD_HEADERS)  # ldrdz 来电人地址
    if header is None and folded.endswith("ry") and 3 < len(folded) < 7:
        # an act's staff named as its team (hcry 核查人员, jbry 经办人员): the header the act's
        # doer's key stands for (hcr 复查人, jbr 经办人), when that is the office's staff
        doer = FIELD_HEADERS.get(folded[:-1])
        header = doer if doer and staff_header(doer) else None
    if header == "银行卡号" and scheme_card_key(name):
        return None  # memberCardNo, libraryCard: a scheme's card, no bank's (accountkinds)
    return header


def _attrs(tag_text: str, at: int) -> list[tuple[str, str, int]]:
    """(name, value, offset of the value) of a tag's attributes; ``at``: the text's offset."""
    return [(m.group(1), m.group(3), at + m.start(3)) for m in _ATTR.finditer(tag_text)]


def _keyed(attrs: list[tuple[str, str, int]]) -> str | None:
    """The field name a generic element carries in an attribute (<col name="xm">)."""
    for key, value, _at in attrs:
        if key.lower() in _KEY_ATTRS:
            header = field_header(value)
            if header and _column_kind(header) is not None:
                return value
    return None


# an identity number's value (18 characters, or the old 15 digits)
_ID_VALUE = re.compile(r"\d{17}[\dXx]|\d{15}")


def _held_ids(
    fields: list[tuple[str, str, int]],
    header: list[str],
    every: list[tuple[str, str, int]],
    shared: frozenset[str] = frozenset(),
) -> None:
    """A staff's key with the same holder's identity number beside it in the record
    (``operator`` and ``operator_idno``: a farm's operator, ``handler``/``handlerIdCard``),
    or the same holder's relation holding a kinship word (``cbrgx``: 儿媳, ``_kin_of``):
    whoever's own ID or kinship the record holds is its person, no staff in office. The
    staff's name key reads so too (``jbr_xm`` beside ``jbr_sfzh``: pinyin initials that
    are a 经办人's and a 举报人's alike; the ID says which)."""
    for k, (name, _value, _at) in enumerate(fields):
        if not _staff(header[k]) or keymeaning.meaning(name)[1] not in ("", "name"):
            continue
        words = keymeaning.parts(name)
        if keymeaning.meaning(name)[1] == "name":
            words = words[:-1]  # the person's prefix before its name's word
            if not words:
                continue
        elif _CJK.search(name) and name.endswith("姓名"):
            words = [name[:-2]]  # 承办人姓名 beside 承办人关系
        for other, value, _at2 in every:
            if other != name and (
                (
                    _ID_VALUE.fullmatch(value.strip())
                    and keymeaning.meaning(other)[1] == "id"
                    and keymeaning.parts(other)[: len(words)] == words
                )
                or _kin_of(other, value, words)
            ):
                header[k] = "姓名"
                break
        if header[k] != "姓名" and words[0] in private_staff(every) | shared:
            # jbrxm beside jbrdz "…村65号": the 举报人's own home (in this record, or in
            # another of the export: ``shared``, a key means one thing in all its records)
            header[k] = "姓名"
        if (
            header[k] != "姓名"
            and ambiguous_staff(words)
            and _sole_holder(fields, header, k, every)
        ):
            header[k] = "姓名"
        if header[k] != "姓名" and words == ["jbr"] and reported(f[0] for f in every):
            header[k] = "姓名"  # beside jbnr, jbqd: a report's reporter (``reportkeys``)


def _sole_holder(
    fields: list[tuple[str, str, int]],
    header: list[str],
    k: int,
    every: list[tuple[str, str, int]],
) -> bool:
    """``jbr`` is a 经办人's initials and a 举报人's alike. When it is the record's only key of
    a person's name and the record holds an identity document under a key of no holder
    (``zjhm``, ``sfzh``: an ID, a passport, a permit), the document is jbr's: no export
    gives its clerk's papers, and a report's record names its reporter beside them."""
    for j, (name, _value, _at) in enumerate(fields):
        if j == k or _staff(header[j]):
            continue
        holder, datum, _role = keymeaning.meaning(name)
        if holder == "contact" and not_subject(name, every):
            continue  # (lxrxm beside lxrgx 配偶: the person's kin to call, not its subject)
        if (holder == "person" and datum in ("", "name")) or datum == "name":
            return False  # the record names its person elsewhere (xm, sqr)
        if header[j].endswith("姓名"):
            return False  # (a person's home, jtzz, is jbr's own: no other person)
    return any(
        keymeaning.meaning(other) == ("", "id", "") and any(c.isdigit() for c in value)
        for other, value, _at in every
    )


# a key of a relation (cbrgx, handler_relation, 承办人关系) and a kinship word as its value
# (儿媳, 侄子, 配偶, 本人): whoever is kin to the record's person is no staff acting in office
_RELATION_KEY = re.compile(r"(?:[a-z]{0,4}gx|guanxi|rel|relation(?:ship)?|(?:与\w{1,6})?关系)$")
_KIN_VALUE = re.compile(
    r"[\u4e00-\u9fff]{0,3}[子女儿父母妻夫孙媳婿兄弟姐妹嫂侄甥舅姑姨叔伯偶属]|本人"
)


@lru_cache(maxsize=512)
def _staff(header: str) -> bool:
    """A staff's header: 经办人 (a staff key read by its parts), 处理人, 承办人姓名 …"""
    return header == "经办人" or (bool(header) and staff_header(header))


def _kin_of(key: str, value: str, words: list[str]) -> bool:
    """Whether ``key`` is the relation of the holder whose key's parts open with ``words``
    (``cbrgx`` beside ``cbrxm``) and ``value`` names a kinship."""
    folded = _FOLD.sub("", key).lower()
    prefix = "".join(words).lower()
    return (
        bool(prefix)
        and folded.startswith(prefix)
        and bool(_RELATION_KEY.fullmatch(folded[len(prefix) :]))
        and bool(_KIN_VALUE.fullmatch(value.strip()))
    )


def _record(
    fields: list[tuple[str, str, int]],
    out: list[Candidate],
    every: list[tuple[str, str, int]] | None = None,
    shared: frozenset[str] = frozenset(),
) -> None:
    """``every``: all the record's fields, also those of no known header (``_held_ids``);
    ``shared``: the staff words other records of the export show private (``_held_ids``)."""
    homes = _staff_homes(fields, every) if every else []
    fields = fields + homes  # (jbrdz "…路190号" beside jbr: the 举报人's home, ``keycolumns``)
    header = [field_header(name) or "" for name, _v, _at in fields]
    header[len(header) - len(homes) :] = ["家庭住址"] * len(homes)
    if any(_staff(h) for h in header):
        _held_ids(fields, header, every or fields, shared)
    kinds = _kinds(header)
    if not kinds:
        return
    # a sex's field or the salutation the office uses (<xb>男</xb>, "ch": "女士"): a person's
    # record, whose contact is the person addressed (a caller's work order), no unit's
    sexed = any(value in _SEXED for _n, value, _at in every or fields)
    if sexed:
        kinds = [(k, "name" if kind == "contact" else kind) for k, kind in kinds]
    if not any(kind == "name" for _k, kind in kinds):
        kinds = [(k, kind) for k, kind in kinds if kind != "contact"]  # the sender's contact
        if not kinds:
            return
    if sexed or any(kind in ("name", "id") for _k, kind in kinds):
        # a record of a person (a name's or an ID's field, or a sex's: <ldrxb>男</ldrxb>): a
        # person's role (担保人, 来电人, 见证人) holds a person, its value a name when it
        # has a name's shape (a surname and a short given name)
        kinds = [
            (
                k,
                "name"
                if kind == "maybe_name" and _named(fields[k][1]) and not _OFFICE.search(header[k])
                else kind,
            )
            for k, kind in kinds
        ]
    _emit(kinds, [(value, at) for _n, value, at in fields], header, 0, out)


def _staff_homes(
    fields: list[tuple[str, str, int]], every: list[tuple[str, str, int]]
) -> list[tuple[str, str, int]]:
    """The address fields under a staff's word (``jbrdz``) that the record shows to be its
    private person's (``keycolumns.private_staff``: a home with its number under the word),
    not among ``fields``."""
    staff = [f for f in every if keymeaning.meaning(f[0])[:2] == ("staff", "address")]
    if not staff:
        return []
    mine = private_staff(every)
    return [f for f in staff if f not in fields and keymeaning.parts(f[0])[0] in mine]


def _staff_group(name: str, stack: list, every: list[tuple[str, str, int]]) -> bool:
    """Whether an element of fields is one of the office's staff by its own name or its
    parent's (<jcry><ry><xm>X</xm><zfzh>…</zfzh></ry></jcry>: 检查人员, ``_staff``): its
    person acts in office. One with an identity number of its own is a private agent's
    (``_held_ids``: no office exports its clerk's ID)."""
    heads = [field_header(name) or ""] + ([field_header(stack[-1][0]) or ""] if stack else [])
    if not any(_staff(h) for h in heads):
        return False
    return not any(_ID_VALUE.fullmatch(value.strip()) for _n, value, _at in every)


_SEXED = frozenset(("男", "女", "先生", "女士"))
# a staff's role in an export's record (导出人, 录入人): no person of the record
_OFFICE = re.compile(r"(?:导出|录入|制表|填报|操作|创建|修改|复核|审核|审批)人$")


def _named(value: str) -> bool:
    """Whether a value under a person's role has a name's shape: a surname and a short
    given name, a dotted name, or two to four characters the name model gives 0.3."""
    value = value.strip(" \u3000")
    if _DOT_NAME.fullmatch(value):
        return True
    if not 2 <= len(value) <= 4 or ORG_SUFFIX.fullmatch(value):
        return False
    return bool(v.surname_length(value)) or namemodel.score(value) >= 0.3


def _person_fields(fields: list[tuple[str, str, int]]) -> bool:
    """Whether a record's fields hold a person's name (<XM>, <xingming>)."""
    return any(_column_kind(field_header(n) or "") == "name" for n, _v, _at in fields)


def _held_homes(
    fields: list[tuple[str, str, int]],
    children: list[list[tuple[str, str, int]]],
    out: list[Candidate],
) -> None:
    """The address fields of a record whose persons stand in elements of their own (a lease's
    <Record> holding <CZR><XM>…</XM></CZR> and <FWZL>…</FWZL>): the persons' dwelling, read
    as in a table of persons (a record with a name field of its own is ``_record``'s)."""
    header = [field_header(n) or "" for n, _v, _at in fields]
    kinds = [(k, "address") for k, h in enumerate(header) if h and _column_kind(h) == "address"]
    if not kinds or any(UNIT_HEADERS.search(h) or ENTITY_HEADERS.search(h) for h in header):
        return  # (a unit's record, <DWMC>, <QYMC>, with its representative's element: its seat)
    if _person_fields(fields) or not any(_person_fields(child) for child in children):
        return
    _emit(kinds, [(value, at) for _n, value, at in fields], header, 0, out)


def xml_records(text: str) -> list[Candidate]:
    """Names, IDs, cards and addresses in the records of the XML ``text``."""
    out: list[Candidate] = []
    # per open element: its name, where its content starts, its fields, whether it holds
    # elements, its attributes, all its fields (of known keys or not)
    stack: list[list] = []
    records: list[list[tuple[str, str, int]]] = []
    items = item_keys(text, field_header)  # <ZJXM>, <SDXM>: 项目, not 姓名 (itemkeys)
    for m in _TAG.finditer(text):
        closing, name, rest, empty = m.group(1), m.group(2), m.group(3), m.group(4)
        if closing:
            while stack and stack[-1][0] != name:
                stack.pop()  # an element left open
            if not stack:
                continue
            el = stack.pop()
            if el[3]:  # an element of elements: a record when it holds fields
                fields = el[2] + [a for a in el[4] if field_header(a[0])]
                if fields and _staff_group(name, stack, el[5]):
                    fields = []  # <jcry><ry><xm>X</xm>…: the office's staff (``_staff_group``)
                if fields:
                    _record(fields, out, el[5] + el[4])
                    if el[6]:
                        _held_homes(fields, el[6], out)  # <FWZL> beside the persons' <CZR>
                    if stack:
                        stack[-1][6].append(fields)  # (read only where the parent has a home)
                if el[5]:
                    records.append(el[5] + el[4])
            elif stack:  # a field: its text is the value
                value = text[el[1] : m.start()]
                at = el[1]
                cdata = _CDATA.match(value)
                if cdata:
                    at += cdata.start(1)
                    value = cdata.group(1)
                key = _keyed(el[4]) or name
                if "<" not in value:
                    stack[-1][5].append((key, value, at))
                    if field_header(key) and key not in items:
                        stack[-1][2].append((key, value, at))
            continue
        attrs = _attrs(rest, m.start(3)) if "=" in rest else []
        if stack:
            stack[-1][3] = True
        if empty:
            pairs = {k.lower(): (v, at) for k, v, at in attrs}
            key = _keyed(attrs)
            if key and "value" in pairs and stack:  # <field name="姓名" value="张三"/>
                stack[-1][2].append((key, *pairs["value"]))
            else:  # <record 姓名="张三" …/>: the attributes are the fields
                fields = [a for a in attrs if field_header(a[0])]
                if fields:
                    _record(fields, out, attrs)
                if len(attrs) > 1:
                    records.append(attrs)
            continue
        stack.append([name, m.end(), [], False, attrs, [], []])
    # columns under keys no table knows: what their values across the records hold
    return out + key_columns(records, field_header)
