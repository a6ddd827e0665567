"""A landline its label names a home's (issue 16, docs60): "家里座机028-…", "住宅电话
（0797）…", "宅电：…". A home's number given again, in a letter and in the reply to it,
stands each time beside another person of the household (the writer, the father it
is his, the sister to call); it is still the home's, not a unit's number shared by
different persons (``unitcontacts``): a unit's line is never labelled a home's.
"""

from __future__ import annotations

import re

# the label right before the number, its area code (if any) between them
_HOME_LABEL = re.compile(
    r"(?:家庭|住宅|家中|家里|私宅|住家|家)(?:的)?(?:联系)?(?:电话|座机|固话)(?:号码)?(?:是|为)?"
    r"[:：]?[ \u3000]*(?:[（(]?0\d{2,3}[）)]?[-－— \u3000]?)?$"
    r"|宅电[:：]?[ \u3000]*(?:[（(]?0\d{2,3}[）)]?[-－— \u3000]?)?$"
)


def home_labelled(text: str, local: int) -> bool:
    """Whether the landline whose local part starts at ``local`` is labelled a home's."""
    lo = local - 20 if local > 20 else 0
    return (text.find("家", lo, local) >= 0 or text.find("宅", lo, local) >= 0) and bool(
        _HOME_LABEL.search(text, lo, local)
    )
