"""A bare name column under a merged group header naming the office's staff (issue 16,
privfix26b, docs298).

A Word, Excel or HTML table often heads a group of columns with one merged cell and names
the columns under it in a second header row: a household's row ends with the cadre the
office charges with it, "帮扶责任人" spanning "姓名 | 单位及职务", or "结对干部" over
"姓名 | 联系电话", "核查人员" over "姓名 | 职务". Flattened with tabs or bars, the group's cell
stands over the first of its columns and blanks follow it over the others:

    序号 ⇥ 户主姓名 ⇥ 身份证号码 ⇥ 帮扶责任人 ⇥
         ⇥          ⇥            ⇥ 姓名       ⇥ 单位及职务

The second row's bare 姓名 says less than the group over it: the group is a header of the
office's staff (``headerroles.staff_header``: 帮扶责任人, 包户干部, 复查人员, 入户核查人 …),
and another column of the group names their unit or post (单位及职务, 工作单位, 职务), so
the names of that column act in office, as they do under a one-row header of the same
words. A group giving its cadres' names and phones alone (帮扶责任人 over 姓名 | 联系电话)
is left as it was: docs227 marks those names. A group of persons (家庭成员, 监测户信息, 联系人) or any group not the office's staff
leaves its names alone, and only the column right under the group's cell is read (its
neighbours keep their own headers).

Speed: nothing is read unless the text holds a tab or a bar and the indexed word 姓名; each
whole cell 姓名 is checked for a header row above it, and names are read only in the rows of
a table found so.
"""

from __future__ import annotations

import re

from .headerroles import staff_header
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_SEPS = ("\t", "|")
_BARE = frozenset(("姓名", "名字", "姓　名", "姓 名"))
_SPAN = 6000
_EDGE = frozenset(("\t", "|", " ", "\u3000", "\n", "*", ""))
# a column of the group naming its persons' unit or post
_OFFICE = re.compile(r"单位|职务|职级|部门|科室")


def _lines_above(text: str, begin: int, most: int = 3):
    """The non-blank line right above the line starting at ``begin`` (blank lines of a
    flattened HTML table between), with its start."""
    end = begin - 1
    for _ in range(most):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            return line, start
        end = start - 1
    return None


def _group(upper: list[str], lower: list[str], index: int) -> str | None:
    """The group's cell over column ``index``: the upper row's cell there, or the nearest
    to its left with only blanks (a colspan's) between, spanning lower cells of its own
    (a cell over a blank lower one is a header of two rows, 序号, no group)."""
    for j in range(min(index, len(upper) - 1), -1, -1):
        cell = upper[j].strip(" \u3000*")
        if cell:
            return cell if j == index or lower[j].strip() else None
    return None


def _office_column(upper: list[str], lower: list[str], index: int) -> bool:
    """Whether the group over column ``index`` holds a column of its persons' unit or post
    (单位及职务, 工作单位, 职务): the table says they serve there."""
    j = index
    while j > 0 and not upper[j].strip(" \u3000*"):
        j -= 1
    k = j + 1
    while k < len(upper) and not upper[k].strip(" \u3000*"):
        k += 1
    return any(_OFFICE.search(c) for c in lower[j:k])


def _staff_columns(text: str) -> list[tuple[int, int, str, int]]:
    """(header line's start, its end, separator, column) of each bare name column under a
    staff group."""
    found = []
    k = text.find("姓名")
    while k >= 0:
        if text[k - 1 : k] not in _EDGE or text[k + 2 : k + 3] not in _EDGE:
            k = text.find("姓名", k + 2)  # (no cell of its own: 户主姓名, 姓名：)
            continue
        ls = text.rfind("\n", 0, k) + 1
        le = text.find("\n", k)
        le = len(text) if le < 0 else le
        line = text[ls:le]
        sep = next((s for s in _SEPS if s in line), None)
        if sep is not None:
            cells = line.split(sep)
            at = text[ls:k].count(sep)
            if at < len(cells) and cells[at].strip(" \u3000*") in _BARE:
                above = _lines_above(text, ls)
                if above is not None and above[0].count(sep) == line.count(sep):
                    upper = above[0].split(sep)
                    group = _group(upper, cells, at)
                    # the group is no column of its own (its lower cell is the 姓名 itself),
                    # and names its persons' office in a column of its own
                    if (
                        group
                        and group not in _BARE
                        and staff_header(group)
                        and _office_column(upper, cells, at)
                    ):
                        found.append((ls, le, sep, at))
        k = text.find("姓名", k + 2)
    return found


def _in_table(text: str, header_end: int, start: int, sep: str) -> int | None:
    """The cell index of ``start`` when its line is a row of the table whose header ends at
    ``header_end`` (every line between holds the separator, blank lines aside)."""
    if start - header_end > _SPAN:
        return None
    ls = text.rfind("\n", 0, start) + 1
    for line in text[header_end:ls].split("\n"):
        if line.strip() and sep not in line:
            return None
    return text[ls:start].count(sep)


def staff_groups(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names in a bare name column under a staff group's merged header
    (module docstring)."""
    if ("\t" not in text and "|" not in text) or not has_word(text, "姓名"):
        return cands
    columns = _staff_columns(text)
    if not columns:
        return cands
    out = []
    for c in cands:
        if c[2] == "name":
            if any(
                c[0] > le and _in_table(text, le, c[0], sep) == at for _ls, le, sep, at in columns
            ):
                continue
        out.append(c)
    return out
