"""A flat in a named residential estate (issue 16, twenty-fourth held-out batch).

A building and room after an estate's name ("秀水华庭14幢1701室", "东栅人才公寓9幢1404室",
"文昌锦园15幢1404室") lead to one household, as after an estate word (小区, 家园, 新村 …)
that ``patterns.ESTATE_WORD`` knows: the name ends in a word of a housing estate's
name (庭, 园, 苑, 府, 居, 轩, 阁, 邸, 公寓) right before the building number.

Not a household's: a building in a park of firms or offices ("科技园3幢201室", "创业园",
"产业园", "工业园", "软件园", "物流园"), a kindergarten (幼儿园), a government's compound
(区政府3号楼) or a tower (大厦, 广场, 中心: ``OFFICE_PLACE``).
"""

from __future__ import annotations

import re

_NAMED_ESTATE = re.compile(
    r"[\u4e00-\u9fff]{2,8}(?:庭|园|苑|府|居|轩|阁|邸|公寓)"
    r"(?:[A-Z]?\d{1,3}(?:栋|幢|号楼|座)(?:\d{1,2}单元)?)?$"
)
_NOT_HOMES = re.compile(
    r"(?:科技|产业|工业|创业|软件|物流|孵化|文创|电商|商务|总部|医药|智造|农业|生态|物联|信息|"
    r"经济|开发|高新|创新|动漫|影视|体育|公|校|乐|墓|陵|果|菜|茶|花|植物|动物|儿|学)园"
    r"|政府|学府|官邸|办公|机关"
)


def named_estate(prefix: str) -> bool:
    """``prefix`` (the words before a room number, or before its building's) ends with
    an estate's name (and the building number)."""
    m = _NAMED_ESTATE.search(prefix)
    return m is not None and not _NOT_HOMES.search(m.group())
