"""A street and house number alone on its line, in a table flattened one cell a line
under a residence header (issue 16).

A household's register flattened to one cell a line ("现住址" among the header cells,
then each record's name, ID, phone and address on lines of their own) gives the home
as a bare street and number ("某县某镇新街8号"): with no label before it and no estate
or flat after it, the number pass leaves it, as a street and number alone may be an
office's. Under a residence header and in a person's record — a mobile number or a
resident ID on one of the three lines before it — it is the person's home.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

# the residence header, a cell of its own
_HEADER = re.compile(r"^(?:现|家庭|户籍|居住|常住)?(?:住址|住所|居住地址|家庭地址)[ \t]*$", re.M)
# a whole line: places, then a street, its house number (a door attached to it)
_HOME_LINE = re.compile(
    r"^[\u4e00-\u9fff]{2,30}?(?:路|街|巷|弄|大道|胡同)\d{1,5}号(?:附\d{1,3}号)?[ \t]*$", re.M
)
_PLACE = re.compile(r"[省市区县镇乡]|街道")
# a person's record: a mobile number or a resident ID standing as a cell
_PERSON_CELL = re.compile(r"^(?:1[3-9]\d{9}|\d{17}[\dXx])(?:\D|$)")


def stacked_homes(text: str) -> list[Candidate]:
    """The homes under a residence header of a table one cell a line."""
    header = _HEADER.search(text)
    if header is None:
        return []
    out: list[Candidate] = []
    for m in _HOME_LINE.finditer(text, header.end()):
        line = m.group().rstrip(" \t")
        if not _PLACE.search(line[:-3]):
            continue  # "新街8号" alone: no place word to tell a home from a shop's sign
        before = text[max(0, m.start() - 80) : m.start()].split("\n")[-4:-1]
        if any(_PERSON_CELL.match(cell) for cell in before):
            out.append((m.start(), m.start() + len(line), "address", 0.8))
    return out
