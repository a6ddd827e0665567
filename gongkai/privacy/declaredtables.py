"""Tables whose header is declared in a sentence above the rows.

A notice may give its columns in prose and then list the rows with the same separator
("现将结果公告如下（格式：顺序号；被拆迁人；安置人口；原房屋坐落）：" then
"001；张三；4；东大街3号"). The declared header is read like a table's header row
(``tables._kinds``: persons, addresses, numbers by their column) and every following
line split by the same separator into as many cells is a row, until a line that is not.
The keys of ``key：value`` records are learnt as well (``keyedrecords``).
"""

from __future__ import annotations

import re

from .keyedrecords import keyed_names
from .tables import _emit, _kinds
from .wordfind import colon_ends

Candidate = tuple[int, int, str, float]

# the words that announce the columns, on a line that ends with its sign (the rows follow)
_WORDS = ("格式", "栏目", "列项", "各栏", "各列", "顺序", "依次")
# then the header up to the bracket or the line's end
_DECLARED = re.compile(
    r"[为是]?[：:]([^\n（()）：:。]{4,160}?)(?:[）)][：:]?|[：:])?[ \u3000]*(?=\n)"
)


def _announced(text: str):
    """The headers declared on lines that end with "：" (found by the lines' ends: a
    search for the words themselves would cost a pass of the engine over every text;
    the ends are read once a scan, ``wordfind.colon_ends``, shared with the scanner's
    own test)."""
    for at in colon_ends(text)[0]:
        lo = text.rfind("\n", at - 240 if at > 240 else 0, at) + 1
        line = text[lo:at]
        for word in _WORDS:
            k = line.find(word)
            if k >= 0:
                m = _DECLARED.match(text, lo + k + len(word))
                if m:
                    yield m
                    break


_SEPARATORS = ("；", ";", "/", "|", "、", "，", ",", "\t")


def _separator(header: str) -> str | None:
    counts = [(header.count(s), s) for s in _SEPARATORS]
    n, sep = max(counts)
    return sep if n >= 2 else None


def _cells(line: str, sep: str) -> list[tuple[str, int]]:
    cells, pos = [], 0
    for part in line.split(sep):
        cells.append((part, pos))
        pos += len(part) + len(sep)
    return cells


def declared_tables(text: str) -> list[Candidate]:
    """Findings in the rows under a header declared in a sentence (module docstring)."""
    out: list[Candidate] = []
    for m in _announced(text):
        header_text = m.group(1).strip(" \u3000")
        sep = _separator(header_text)
        if sep is None:
            continue
        header = [h.strip(" \u3000") for h in header_text.split(sep)]
        kinds = _kinds(header)
        if not kinds:
            continue
        pos = m.end() + 1
        blank = 0
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = text[pos:end]
            pos = end + 1
            if not row.strip():
                blank += 1
                if blank > 1:
                    break
                continue
            blank = 0
            cells = _cells(row, sep)
            if len(cells) != len(header) or "。" in row:
                break
            _emit(kinds, cells, header, end - len(row), out)
    return out + keyed_names(text)  # keys of persons learnt from the text (``keyedrecords``)
