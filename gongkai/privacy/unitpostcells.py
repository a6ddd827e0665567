"""A name noted by its post or its department inside a cell under a unit's contact column
(单位联系人及电话: ``办公室 陈某<br>0738-…``, ``负责人 刘某<br>手机 139…``): the unit's contact,
acting for it, not a private person (privfix24a, docs286).

The held-out conventions leave a unit's 联系人 unmarked (a unit's contact with the unit's
phone); ``unitcontactcols`` reads the name opening its cell before a landline's cell. Here
the cell gives the contact the way a register of trainees or tenants often does: the post
or the department first, then the name, the phone after it in the same cell. The header
says whose contact it is (单位, 企业, 基地, 机构 before 联系人 or 负责人); the post before the
name says the person is there in that post. Numbers are left as they are (a mobile after
its own 手机 label stays its holder's: privfix19c).

Not such: a name alone in the cell (``unitcontactcols`` or the earlier rules), a column of
a person's own contact (联系人, 紧急联系人), a post word glued to the name (no gap).

Speed: read only in a text holding 联系人 or 负责人, for the names after a post and a gap.
"""

from __future__ import annotations

import re

from .columnheads import without_names_headed
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_HEAD = re.compile(
    r"(?:用人|工作|所在|聘用|见习|实习)?(?:单位|企业|公司|机构|基地)(?:（[^）]{1,6}）)?"
    r"(?:联系人|联络人|负责人)(?:姓名)?(?:及|和|/|／)?(?:联系)?(?:电话|方式)?"
)
# a post or a department opening the cell, then a gap, right before the name
_POST = re.compile(
    r"(?:^|(?<=[\t|,｜\n>]))[ \u3000]*[\u4e00-\u9fff]{0,6}"
    r"(?:办公室|负责人|主任|经理|主管|专员|联络员|科|股|部|处)[ \u3000]+$"
)


def unit_post_cells(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names after a post in a unit's contact column's cell."""
    if not has_word(text, "联系人") and "负责人" not in text:  # (联系人: by the cue index)
        return cands
    return without_names_headed(text, cands, _HEAD, lambda s, e: _post_before(text, s))


def _post_before(text: str, s: int) -> bool:
    """A post or a department and a gap stand right before the name at ``s``."""
    return text[s - 1 : s] in " \u3000" and _POST.search(text, max(0, s - 12), s) is not None
