"""A person's home under a home's header in an individual business's row (issue 16, privfix26c).

``shoppremises`` reads the address of an individual business's row as the business's
premises. A register of responsible persons (a closed mine's 实际控制人/责任人, a penalised
business's 经营者) lists beside the business the person themselves — their name, their own ID
and their home under a header naming a home (住址, 家庭住址, 现住址, 居住地址, 户籍地址): that
cell is where the person lives, whatever the row's business. An address the premises rule
dropped is kept when its column's header names a home and its row holds a person's ID found.
A header of premises or either (经营地址, 住址/经营地址) leaves the drop as it is.

Cost: nothing unless the premises rule dropped an address.
"""

from __future__ import annotations

from .cellsplit import _separator, _split
from .unitcolumns import rows_above

Candidate = tuple[int, int, str, float]

_HOME_HEADS = frozenset(
    ("住址", "家庭住址", "现住址", "居住地址", "现居住地址", "户籍地址", "家庭地址", "现住所")
)


def _row(text: str, at: int) -> tuple[int, str]:
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    return lo, text[lo : len(text) if hi < 0 else hi]


def _home_column(text: str, s: int) -> bool:
    """Whether the address at ``s`` stands in a delimited row under a home's header."""
    lo, row = _row(text, s)
    sep = _separator(row.strip())
    if sep not in ("\t", "|", ","):
        return False
    cells = _split(row, sep)
    index = next((k for k, (c, o) in enumerate(cells) if o <= s - lo <= o + len(c)), None)
    if index is None:
        return False
    for line in rows_above(text, lo, most=40):
        if sep not in line or any(c.isdigit() for c in line) or "---" in line:
            continue  # a row above, or a pipe table's rule
        head = _split(line, sep)
        return len(head) == len(cells) and head[index][0].strip(" \u3000") in _HOME_HEADS
    return False


def home_columns(text: str, before: list[Candidate], after: list[Candidate]) -> list[Candidate]:
    """``after`` (the premises rule's answer over ``before``) with the homes it dropped
    from a home's column of a row holding a person's ID (docstring)."""
    if len(after) == len(before):
        return after
    kept = set(after)
    ids = [s for s, _e, k, _c in before if k == "id_card"]
    back = []
    for c in before:
        if c in kept or c[2] != "address":
            continue
        lo, row = _row(text, c[0])
        if any(lo <= s < lo + len(row) for s in ids) and _home_column(text, c[0]):
            back.append(c)
    if not back:
        return after
    back_set = set(back)  # (the premises rule only drops: the order before kept)
    return [c for c in before if c in kept or c in back_set]
