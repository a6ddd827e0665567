"""A landline its label names a home's (issue 16, docs60): "家里座机028-…", "住宅电话
（0797）…", "宅电：…". A home's number given again, in a letter and in the reply to it,
stands each time beside another person of the household (the writer, the father it
is his, the sister to call); it is still the home's, not a unit's number shared by
different persons (``unitcontacts``): a unit's line is never labelled a home's.
"""

from __future__ import annotations

import re

from .unitcolumns import rows_above

# the label right before the number, its area code (if any) between them
_HOME_LABEL = re.compile(
    r"(?:家庭|住宅|家中|家里|私宅|住家|家)(?:的)?(?:联系)?(?:电话|座机|固话)(?:号码)?(?:是|为)?"
    r"[:：]?[ \u3000]*(?:[（(]?0\d{2,3}[）)]?[-－— \u3000]?)?$"
    r"|宅电[:：]?[ \u3000]*(?:[（(]?0\d{2,3}[）)]?[-－— \u3000]?)?$"
)


_DIGIT = re.compile(r"\d")
# a table's column of homes' numbers ("家庭电话", "住宅电话", "联系电话（家庭）", "宅电")
_HOME_HEADER = re.compile(
    r"(?:家庭|住宅|家中|家里|私宅|住家)[^\t|]{0,6}(?:电话|座机|固话)|宅电|电话[（(]家庭?[）)]"
)


def _home_column(text: str, local: int) -> bool:
    """Whether the number at ``local`` stands in a delimited table's column headed as a
    home's number: the same home's number repeated in each of its persons' rows (the
    family members under one 家庭电话) stays the home's. The header is the nearest row
    above of as many cells without a digit (a pipe table's rule row read past)."""
    line = text.rfind("\n", 0, local) + 1
    before = text[line:local]
    sep = "\t" if "\t" in before else "|" if "|" in before else None
    if sep is None:
        return False
    index = before.count(sep)
    width = text.count(sep, line, (text.find("\n", local) + 1 or len(text) + 1) - 1)
    for row in rows_above(text, line, most=40):
        if row.count(sep) != width or _DIGIT.search(row) or not row.strip(" |-:\u3000"):
            continue
        return _HOME_HEADER.search(row.split(sep)[index]) is not None
    return False


# a home's note right after the number ("0531-8321…（家中）"; privfix22d, docs283)
_HOME_NOTE_AFTER = re.compile(r"[（(](?:家中|家里|家庭|住宅|宅电|家)(?:电话|座机|固话)?[）)]")


def home_labelled(text: str, local: int) -> bool:
    """Whether the landline whose local part starts at ``local`` is labelled a home's
    (its label before it, its column, or its note after it)."""
    lo = local - 20 if local > 20 else 0
    end = local
    while text[end : end + 1].isdigit():
        end += 1
    return (
        (
            (text.find("家", lo, local) >= 0 or text.find("宅", lo, local) >= 0)
            and bool(_HOME_LABEL.search(text, lo, local))
        )
        or _home_column(text, local)
        or (text[end : end + 1] in "（(" and _HOME_NOTE_AFTER.match(text, end) is not None)
    )
