"""A street and house number where a sentence puts an institution (该机构在…66号三楼,
机构搬迁至…128号后: issue 16, privfix19i).

A house number alone is a home only by what surrounds it; in a complaint's record a
person's name and number stand on the same line, yet the clause may say that the
training centre, the company or the school is (or moved) there. The subject of the
clause right before the place is the institution: the address is its premises, not the
complainant's home. A person as the subject ("张三在其住所…", "其家搬迁至…") keeps it.
"""

from __future__ import annotations

import re

# the institution, perhaps an adverb, then the verb that puts it at the place, ending
# right before the address
_UNIT_THERE = re.compile(
    r"(?:机构|公司|学校|培训班|培训点|辅导班|托管班|门店|店铺|企业|单位|中心|工作室)"
    r"(?:已|现|曾|仍|又|擅自|私自|随后|后来)?"
    r"(?:在|位于|设在|设于|开设在|搬迁至|搬迁到|迁至|迁往|迁到|搬至|搬到|搬往|地址为|地址在|地址位于)$"
)


def unit_premises(text: str, start: int) -> bool:
    """Whether the clause right before ``start`` puts an institution at the place."""
    return _UNIT_THERE.search(text, start - 14 if start > 14 else 0, start) is not None
