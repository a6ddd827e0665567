"""A unit's contact named right after the unit's colon (issue 16, privfix20b, after docs264).

A notice's list of contacts gives each office on a line of its own, the office's name,
a colon, the person who answers, then the lines: "局文物股：X，电话0774-…，传真…，手机138…；",
"县文物管理所：Y，电话0774-…转806，值班手机189…；". The person is the office's contact
acting in office (their name is not marked, as a 联系人 with the unit's phone); what the
numbers are is read as for a "联系人：X" line:

- a mobile under its own 手机 label in a later field of the line ("，手机138…", with or
  without a colon) is the contact's own and marked (``ownmobiles``, as privfix19c decided
  for "联系人：X（科长）　电话：…　手机：…");
- a mobile under a desk's label (值班手机, 公务手机: ``deskphones``) is the desk's: the
  contact named after the office's colon is no private person's datum before it.

The line must open with the unit (a run of Han characters ending in an office's word:
股, 科, 室, 处, 所, 站, 局, 办, 中心, 队, 委, 院, 馆, 会), its colon, and a name the
name model takes for one (score 0.5 or more), then a field's comma or a gap.

Speed: asked only for a mobile those passes are about to judge by its label.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import namemodel

_UNIT_COLON = re.compile(
    r"[ \u3000\t]*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)．.、]?[ \u3000]*)?"
    r"[\u4e00-\u9fff（）()]{1,24}?(?:股|科|室|处|所|站|局|办|中心|队|委|院|馆|会)[:：][ \u3000]*"
    r"([\u4e00-\u9fff·]{2,5})(?:[（(][^（()）\n]{1,12}[）)])?[ \u3000]*[，,；; \u3000]"
)


def unit_contact_at(text: str, lo: int, start: int) -> tuple[int, int] | None:
    """The span of the contact named after a unit's colon opening the line at ``lo``
    (before ``start``), or None."""
    m = _UNIT_COLON.match(text, lo, start)
    if m is None or namemodel.score(m.group(1)) < 0.5:
        return None
    return m.span(1)


def only_unit_contact(text: str, start: int, private: list[int]) -> bool:
    """Whether the private data before ``start`` on its line (``private``: their starts,
    sorted) are only the contact named after the unit's colon opening the line."""
    lo = text.rfind("\n", start - 200 if start > 200 else 0, start) + 1
    span = unit_contact_at(text, lo, start)
    if span is None:
        return False
    return all(
        p == span[0] for p in private[bisect_left(private, lo) : bisect_left(private, start)]
    )
