"""Whose field it is in a system export, read from the record's structure (issue 16, privfix16ca).

A system's export holds a private person's record and, beside it, the fields of the unit
that handled it and of its staff: a report's ``<reporter><unit>某卫生院</unit><name>…</name>
<tel>…</tel></reporter>`` beside its ``<patient>`` and ``<guardian>``; a complaint's
``"bts_dw": "某经营部", "bts_dz": "…"`` (被投诉单位, its place); a record's
``"jzdw": "某卫生院", "jzdw_dh": "…", "jzys": "…"`` (the unit, its line, its doctor). The
key alone does not say whose the value is; the record's structure does, read by
``exportfields.group_of`` (the value's group and the group's fields in order):

- **A unit's group** (XML element or nested JSON object that is one part of a record): a
  group holding, before the value, a unit's field — a key of a unit (unit, org, dept,
  单位, 机构, ``dw``, ``jg``: ``keymeaning``) or a value that is an organisation's name (…公司,
  …卫生院, …支行) — is the unit's: its person acts for it, its phone and place are its. A
  group named for a private person (patient, guardian, student, 监护人, ``jhr``, a pinyin
  role ending in r 人) stays the person's whatever employer or school it holds.
- **A unit's key prefix** (flat records): keys sharing a prefix with a unit's field
  (``bts_dw`` → ``bts_dz``; ``jzdw`` → ``jzdw_dh``; ``jzdw`` → ``jzys``, jz·ys) are the
  unit's group, unless the prefix is a person's (``jhr_dw`` is a guardian's employer) or
  the group holds a person's name found under a datum key (``jz_xm`` 家长姓名 makes
  ``jz_dw`` a parent's employer). A name is taken from such a group under a post's key
  (no datum word: ``jzys``), and under a name's key (``bl_xm``, ``sh_xm``) only after the
  unit's field, as in an XML group: the unit, then who acts for it; for a name, the unit's
  value must be an office's (a public body's), not a business's, whose staff are private.
- **A unit's neighbour** (any group not a person's): a landline under a key of no datum
  and no person (``kf`` 客服, ``hotline``) right after a field whose value is an
  organisation's name, and a name under a key of no datum and no person (``khjl``,
  ``cjmj``) right after such a field or right before a unit's phone key (``dwdh``), are the
  unit's: its desk's line, its staff member.

- **A thing's name** (XML): a name under a name's key in a group of no person
  (``<vaccine><name>``) whose same key holds three or more other values over the export,
  none a name found, is a thing's of that kind.

Private persons' fields stay: their keys (``xm``, ``jhrxm``, ``lxdh``, ``homeTel``) are
datum or person keys, and their groups are persons'.
"""

from __future__ import annotations

import re
from itertools import repeat
from operator import itemgetter, sub

from .exportfields import Field, Group, group_of, xml_values
from .keymeaning import meaning, name_header
from .kindindex import without
from .validators import is_uscc
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_KINDS = frozenset(("name", "landline", "address"))
_OPENERS = ('"', ">")
_START = itemgetter(0)


def _positions(s: str, ch: str):
    k = s.find(ch)
    while k >= 0:
        yield k
        k = s.find(ch, k + 1)


# an organisation's name: Han characters ending in a unit's kind
_ORG = re.compile(
    r"[\u4e00-\u9fff（）()]{2,38}(?:公司|集团|厂|店|经营部|门市部|超市|所|局|站|队|院|中心|委员会|"
    r"合作社|学校|中学|小学|幼儿园|银行|支行|分行|协会|商会|农场|酒店|宾馆|馆|办|部|处)"
)
# a Chinese group's key naming a private person (监护人, 患者, 学生 …), unless it names an act
# of office (报告人, 经办人, 受理人 …: the unit's)
_CJK_PERSON = re.compile(r"(?:人|者|学生|儿童|家长|患儿|子女|配偶|亲属|家属)$")
_CJK_OFFICE = re.compile(
    r"报告|填报|经办|受理|审核|审批|录入|登记|承办|接报|处置|核查|办理|接种|医生"
)
# an office's name (a public body acting on the record: its staff act in office), against a
# business's (公司, 店, 农场, 事务所: its staff are private persons, named as such)
_OFFICE = re.compile(
    r"[\u4e00-\u9fff（）()]{2,38}(?:院|所|局|站|队|中心|委员会|办|处|科|室|股|银行|支行|分行|学校|"
    r"小学|中学|幼儿园|政府|社区|馆"
    # a public hospital's or health centre's own clinic (某卫生院预防接种门诊, privfix24b)
    r"|[院心][\u4e00-\u9fff]{0,8}门诊部?)"
)
_BUSINESS = re.compile(r"公司|集团|事务所|诊所|[店厂]|经营部|门市部|超市|合作社|农场|酒店|宾馆")
_NAME_KEY = re.compile(r"(?i)(?:xm|name|mc)$")
# a Chinese key's datum (a person's field unless a desk's word says otherwise) and a desk's
_CJK_DATUM = re.compile(r"电话|手机|号码|姓名|名字|地址|住址|住所|邮箱|账号|身份证")
_CJK_DESK = re.compile(r"客服|热线|值班|办公|单位|咨询|服务|回访|监督|受理|接待|窗口")
_CJK_UNIT_PHONE = re.compile(r"(?:单位|办公|值班)(?:联系)?电话")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LOWER = re.compile(r"[a-z]{2,5}")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# one pinyin syllable, capitalised as a camel-cased key's hump (Zhu, Dian, Hua)
_SYLLABLE = re.compile(
    r"(?:[BPMFDTNLGKHJQXRZCSYW]|Zh|Ch|Sh)?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|"
    r"ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|v|ve)|"
    r"(?:A|Ai|An|Ang|Ao|E|Ei|En|Eng|Er|O|Ou)"
)


def _value(text: str, f: Field) -> str:
    return text[f.start : f.end] if f.start >= 0 and not f.nested else ""


def _org_value(text: str, f: Field) -> bool:
    return _ORG.fullmatch(_value(text, f)) is not None


def _office_value(text: str, f: Field) -> bool:
    value = _value(text, f)
    return _OFFICE.fullmatch(value) is not None and _BUSINESS.search(value) is None


def _unit_field(text: str, f: Field, kind: str) -> bool:
    """A unit's field: a unit's key of no datum, or an organisation's name as value; for a
    name (a person acting for the unit), the value an office's name."""
    if f.nested or f.start < 0:
        return False
    if kind == "name":
        return _office_value(text, f)
    holder, datum, _role = meaning(f.key)
    return (holder == "unit" and not datum) or _org_value(text, f)


def _person_key(key: str) -> bool:
    """A key (or a group's tag, or a prefix) naming a private person."""
    if _CJK.search(key):
        return _CJK_PERSON.search(key) is not None and _CJK_OFFICE.search(key) is None
    holder = meaning(key)[0]
    if holder == "person":
        return True
    # a pinyin role's initials end in r (人): tsr 投诉人, bjr 报警人 — unless staff or unit
    return (
        _LOWER.fullmatch(key) is not None
        and key.endswith("r")
        and holder
        not in (
            "staff",
            "unit",
        )
    )


def _post_key(key: str) -> bool:
    """A key naming no datum and no person: a post's or a desk's (khjl, jzys, kf; 受理人,
    客服电话)."""
    if _CJK.search(key):
        if _CJK_DESK.search(key):
            return True  # a desk's or a unit's field (客服电话, 值班电话, 单位联系人)
        return _CJK_DATUM.search(key) is None and not _person_key(key)
    holder, datum, _role = meaning(key)
    return (
        not datum
        and holder not in ("person", "contact")
        and not _person_key(key)
        and _NAME_KEY.search(key) is None
    )


def _unit_group(text: str, group: Group, kind: str) -> bool:
    key = group.fields[group.index].key
    if not group.key or not group.part or _person_key(group.key) or _person_key(key):
        return False
    if kind == "name" and meaning(key)[0] == "person":
        return False
    return any(_unit_field(text, f, kind) for f in group.fields[: group.index])


def _prefixes(key: str) -> list[tuple[str, str]]:
    """(prefix, rest) splits of ``key``: at its first ``_`` or camel hump, or, for a run of
    pinyin initials, after each of its first letters (jzys: jz·ys, jzy·s). A key in full
    pinyin (``ZhuZhaiDianHua``, every hump a syllable) splits after its first word, two
    syllables: one syllable is no word (Zhu is 住 in 住宅 and 主 in 主体)."""
    if "_" in key:
        head, rest = key.split("_", 1)
        return [(head, rest)] if head and rest else []
    camel = _CAMEL.split(key, 1)
    if len(camel) == 2:
        humps = _CAMEL.split(key)
        if len(humps) > 2 and all(_SYLLABLE.fullmatch(h) for h in humps):
            return [("".join(humps[:2]), "".join(humps[2:]))]
        return [(camel[0], camel[1])]
    if key.isascii() and key.isalpha() and key.islower() and 4 <= len(key) <= 8:
        return [(key[:k], key[k:]) for k in range(2, len(key) - 1)]
    return []


def _unit_prefix(text: str, group: Group, kind: str, names: set[int]) -> bool:
    field = group.fields[group.index]
    if _person_key(field.key) or meaning(field.key)[0] == "person":
        return False
    for prefix, rest in _prefixes(field.key):
        if _person_key(prefix):
            continue
        rest = rest.lstrip("_")
        # a name under a post's key (jz·ys) anywhere in the unit's group; under a name's
        # key (bl_xm) only after the unit's field (the unit, then who acts for it: a name
        # before it, jz·xm then jz·dw, is a person's, then their employer)
        named = kind == "name" and meaning(rest)[1] == "name"
        if kind == "name" and not named and (meaning(rest)[1] or not _post_key(field.key)):
            continue
        unit = False
        for k, f in enumerate(group.fields):
            if k == group.index or not f.key.startswith(prefix) or f.key == field.key:
                continue
            if named and k > group.index:
                break
            other = f.key[len(prefix) :].lstrip("_")
            if f.start in names and (meaning(other)[1] == "name" or name_header(other)):
                unit = False
                break  # the prefix's group holds a person's name: a person's group
                # (fw·dxxm 服务对象姓名: initials before xm name a person's name too)
            if _unit_field(text, f, kind) and (
                f.key == prefix or _org_value(text, f) or meaning(other)[:2] == ("unit", "")
            ):
                unit = True
        if unit:
            return True
    return False


# a Chinese key's phone word after a role's stem (承办电话, 经办联系电话), and a Chinese key
# naming a member of staff by an act of office (承办人, 经办人, 受理员, 承办人姓名)
_CJK_PHONE_REST = re.compile(r"(?:联系|办公|固定)?(?:电话|座机|固话|号码)")
_CJK_STAFF_KEY = re.compile(r"[人员](?:姓名)?$")
_ROLE_SIGNS = "_-."


def _staff_key(key: str) -> bool:
    """A key naming a member of staff acting in office, or that member's name."""
    if _CJK.search(key):
        return _CJK_OFFICE.search(key) is not None and _CJK_STAFF_KEY.search(key) is not None
    holder, datum, _role = meaning(key)
    return holder == "staff" and datum in ("", "name")


def _phone_rest(rest: str) -> bool:
    if _CJK.search(rest):
        return _CJK_PHONE_REST.fullmatch(rest) is not None
    return meaning(rest)[:2] == ("", "phone")


def _staff_stem(group: Group) -> bool:
    """A phone keyed by the stem of a sibling key naming a member of staff acting in office
    (``cbr`` → ``cbdh``, 经办人 → 经办电话, ``case_officer`` → ``case_phone``): the role
    passes to the sibling field, and the number is the staff's desk line — unless the
    record gives that stem an ID or a home (``jbr`` 举报人 beside ``jbrsfzh``), which no
    export gives its clerk."""
    key = group.fields[group.index].key
    if meaning(key)[0] in ("person", "contact") or _person_key(key):
        return False
    for f in group.fields:
        other = f.key
        if other == key or not _staff_key(other):
            continue
        n = 0
        top = min(len(key), len(other))
        while n < top and key[n] == other[n]:
            n += 1
        stem = key[:n]
        if len(stem.rstrip(_ROLE_SIGNS)) < 2 or _person_key(stem.rstrip(_ROLE_SIGNS)):
            continue
        if not _phone_rest(key[n:].lstrip(_ROLE_SIGNS)):
            continue
        if any(
            g.key.startswith(stem) and meaning(g.key)[1] in ("id", "address") for g in group.fields
        ):
            return False  # the stem's own ID or home: a private person's
        return True
    return False


def _thing_name(text: str, group: Group, names: set[int]) -> bool:
    """A name under a name's key in an XML group of no person (``<vaccine><name>``) whose
    same key holds three or more other values over the export and no other name: a
    thing's name of the same kind (a vaccine's, a drug's), not a person's."""
    field = group.fields[group.index]
    if (
        not group.key
        or _CJK.search(group.key)
        or _person_key(group.key)
        or meaning(group.key)[0] in ("staff", "contact")
        or meaning(field.key)[:2] != ("", "name")
    ):
        return False
    values = xml_values(text, group.key, field.key)
    others = [f for f in values if f.start != field.start]
    return len(others) >= 3 and not any(f.start in names for f in others)


def _unit_neighbour(text: str, group: Group, kind: str) -> bool:
    if kind == "address" or (group.key and _person_key(group.key)):
        return False
    i = group.index
    key = group.fields[i].key
    if not _post_key(key):
        return False
    if i and (
        _office_value(text, group.fields[i - 1])
        if kind == "name"
        else _org_value(text, group.fields[i - 1])
    ):
        return True
    if kind == "name" and i + 1 < len(group.fields):
        after = group.fields[i + 1].key
        # before a unit's phone key, in a record naming no business (whose staff are
        # private persons)
        return (
            meaning(after)[:2] == ("unit", "phone") or _CJK_UNIT_PHONE.search(after) is not None
        ) and not any(_BUSINESS.search(_value(text, f)) for f in group.fields)
    return False


# an organisation's code named as a record's document type ("zjlx": "统一社会信用代码")
_ORG_CODE = re.compile(r"(?:统一)?社会信用代码|组织机构代码|营业执照(?:号|注册号)?")


def _id_starts(cands: list[Candidate]) -> set[int]:
    return {c[0] for c in cands if c[2] in ("id_card", "passport", "permit", "residence")} or {-1}


def _org_record(text: str, group: Group, ids: set[int]) -> bool:
    """A record whose holder is an organisation (a school's group booking, a company's
    application): a field names an organisation's code as its document type or holds one
    (a valid 统一社会信用代码), and no field holds a person's ID — its phone is the unit's."""
    org = False
    for f in group.fields:
        if f.nested or f.start < 0:
            continue
        if f.start in ids:
            return False
        value = text[f.start : f.end]
        if _ORG_CODE.fullmatch(value) or (len(value) == 18 and is_uscc(value)):
            org = True
    return org


def export_groups(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names, landlines and places of a unit's group or neighbour in
    an export (module docstring)."""
    # (an export's signs looked for as the table readers do, by memchr; then the characters
    # before the candidates joined in C, and only those after a quote or a tag's end read)
    if not has_word(text, '":') and not has_word(text, "</"):
        return cands
    before = "".join(map(text.__getitem__, map(sub, map(_START, cands), repeat(1))))
    at = [
        i
        for opener in _OPENERS
        for i in _positions(before, opener)
        if cands[i][2] in _KINDS and cands[i][0] > 0
    ]
    if not at:
        return cands
    at.sort()
    names = {s for s, _e, kind, _c in cands if kind == "name"}
    ids: set[int] | None = None  # (a person's document in a record: found when asked)
    drop: set[int] = set()
    memo: dict = {}
    for i in at:
        s, e, kind, _conf = cands[i]
        group = group_of(text, s, e, memo)
        if group is None:
            continue
        if (
            _unit_group(text, group, kind)
            or _unit_prefix(text, group, kind, names)
            or _unit_neighbour(text, group, kind)
            or (kind == "landline" and _staff_stem(group))
            or (kind == "landline" and _org_record(text, group, ids := ids or _id_starts(cands)))
            or (kind == "name" and group.key and _thing_name(text, group, names))
        ):
            drop.add(i)
    return without(cands, drop)
