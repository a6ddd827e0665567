"""A name under a column naming a unit's contact, its row's next cell the unit's landline
(单位联系人 | 单位电话; privfix22d, docs284).

A register of persons (tenants, subsidy recipients, trainees) often gives, beside each
person's employer, the employer's contact and its phone: the header names the column the
unit's (单位联系人, 企业联系人, 用人单位联系人), and the next cell holds a landline. That
contact acts for the unit and is reached at the unit's line — "a unit's 联系人 with the
unit's phone" is no private person (the held-out conventions). ``officeholders`` reads the
same where the unit's line recurs over rows; a line given once is the unit's too when the
header says whose contact it is.

Left alone: a contact whose next cell is a mobile (a cadre's own, privfix19c), a header
naming the person's own contact (联系人, 紧急联系人), a name that is not alone in its cell.

Speed: read only in a text holding 联系人, for the names opening a table's cell.
"""

from __future__ import annotations

import re

from .columnheads import without_names_headed
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_HEAD = re.compile(
    r"(?:用人|工作|所在|聘用)?(?:单位|企业|公司|机构)(?:联系人|联络人|负责人)(?:姓名)?"
)
_CELL_OPEN = frozenset("\t|,｜\n")
# the next cell: a landline with an area code, alone in it
_NEXT_LANDLINE = re.compile(
    r"[ \u3000]*[\t|,｜][ \u3000]*[（(]?0\d{2,3}[)）]?[-－]?\d{7,8}[ \u3000]*(?=[\t|,｜\n]|$)"
)


def unit_contact_columns(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names of a unit's contact column followed by its landline."""
    if not has_word(text, "联系人") and "负责人" not in text:  # (联系人: by the cue index)
        return cands
    return without_names_headed(text, cands, _HEAD, lambda s, e: _opens_cell(text, s, e))


def _opens_cell(text: str, s: int, e: int) -> bool:
    """The name at ``s``–``e`` opens its cell and its row's next cell is a landline."""
    return s > 0 and text[s - 1] in _CELL_OPEN and _NEXT_LANDLINE.match(text, e) is not None
