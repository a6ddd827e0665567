"""A role's initials before a place's word in an export's key (issue 16, docs138).

A work order's export names the caller's fields by the caller's initials and the datum's:
``ldrxm`` 来电人姓名, ``ldrdz`` 来电人地址; a case's ``dsrdz`` 当事人地址, ``tsrdz``
投诉人地址. The known keys (``xmltables.FIELD_HEADERS``) name the role (``ldr`` 来电人,
``dsr`` 当事人), as ``keymeaning`` does (``sqr``, ``jhr``), and an individual business's
operator is ``jyz`` (经营者); a key that is such a role's key and then an address's word
(``dz``, ``zz``, ``zs``, ``dizhi``, ``zhuzhi``) is that person's address, read under 家庭住址 as ``jtzz``
is. Other initials no known key holds before dz, 地址 (``sqdz`` 送气地址, ``shdz``
收货地址, ``azdz`` 安装地址) are read as the Chinese header X地址 is
(``tables.ADDRESS_HEADERS``): a place of the record, a person's in a person's record and
none in a unit's, unless the initials open with a unit's, an office's or a business's word
(dw 单位, bg 办公, qy 企业, gs 公司, jg 机构, jy 经营, zc 注册, gz 工作), whose places the
Chinese header leaves unread too (zz and zs end many keys of no place: yyzz 营业执照,
sczs 师承自述). A role of the office's staff (经办人, 处理人, 接待人 …: ``keymeaning``'s staff words) or
a legal person's representative is no private person's: its key is left unread.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .keymeaning import _PERSON, _STAFF, meaning

_PLACE_WORDS = ("dizhi", "zhuzhi", "dz", "zz", "zs")
# a private person's initials the known keys do not hold: 经营者 (an individual business's
# operator), 业主, and the roles ``keymeaning`` reads (sqr 申请人, dlr 代理人, jhr 监护人 …)
_ROLE_INITIALS = frozenset(("jyz", "yz", *(k for k in _PERSON if len(k) <= 4)))
_NOT_PRIVATE = frozenset(("法定代表人", "单位名称"))


def role_place_header(folded: str, headers: Mapping[str, str]) -> str | None:
    """家庭住址 for ``folded`` (a key lower-cased, signs removed) that is a private
    person's role's key and then an address's word (module docstring), else None."""
    for word in _PLACE_WORDS:
        if not folded.endswith(word) or len(folded) <= len(word) + 1:
            continue
        role_key = folded[: -len(word)]
        role = headers.get(role_key) or ("人" if role_key in _ROLE_INITIALS else None)
        if role is None and word == "dz" and _place_of_record(role_key):
            return "地址"  # sqdz 送气地址: a place of the record, whose its record says
        if role is None or not role.endswith("人") or role in _NOT_PRIVATE:
            return None
        if role_key in _STAFF or any(headers.get(k) == role for k in _STAFF):
            return None  # 经办人, 处理人 (clr, blr, slr …): the office's staff
        return "家庭住址"
    return None


# pinyin initials: a syllable's first letter, a consonant or the a, e, o a syllable may open
# with (安装 az, 二次 ec); no syllable opens with i, u or v
_INITIALS = re.compile(r"[a-hj-tw-z]{2,3}")
_NOT_HOMES = ("dw", "bg", "qy", "gs", "jg", "jy", "zc", "gz")


def _place_of_record(initials: str) -> bool:
    """Whether ``initials`` before a place's word modify it as a private record's place
    (module docstring): pinyin initials, none of a unit's, a staff's or a business's."""
    return (
        _INITIALS.fullmatch(initials) is not None
        and not initials.startswith(_NOT_HOMES)
        and meaning(initials)[0] not in ("unit", "staff")
    )
