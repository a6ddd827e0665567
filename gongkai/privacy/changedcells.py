"""The persons of a change in a table's before and after columns (issue 16, docs258).

A register of licence changes (药品经营许可变更, 医疗机构变更登记, 社会组织变更) is often a
table: a row per change, a column naming the item changed (变更事项: 企业负责人, 质量负责人,
经营地址 …) and two columns holding its value before and after (变更前, 变更后). Where the
row's item is a person's post, the values are the persons who held it and hold it now,
one or several in a cell ("甲、乙"); where it is an address, a name or a scope, they are
no persons. ``changednames`` reads the same change written as labels in prose.

Kept alone: a company's 法定代表人 (public registration data, as ``changednames`` and
``names`` decide for its label), any row whose item is no post (经营地址, 经营范围, 企业名称),
and a value the name model doubts.

Speed: the text must hold 变更前 and 变更后; only lines holding both as cells are read as
headers, and the rows below them to the table's end.
"""

from __future__ import annotations

import re

from . import validators as v
from .listwords import non_name
from .wordfind import find_word, has_word

Candidate = tuple[int, int, str, float]

_SEPARATORS = ("\t", "|", ",")
_ITEM = re.compile(r"变更(?:事项|内容|项目|类别|类型)")
_BEFORE = re.compile(r"(?:变更前|原)(?:内容|情况|人员|姓名)?")
_AFTER = re.compile(r"(?:变更后|现|新)(?:内容|情况|人员|姓名)?")
# an item naming a person's post (企业负责人, 质量负责人, 负责人（经营者）, 执业药师, 理事长)
_POST = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:负责人|法定代表人|法人代表|经营者|联系人|理事长|会长|院长|所长|校长|举办者|出资人|"
    r"药师|医师|兽医|护士|监护人|户主)(?:[（(][^）)]{1,6}[）)])?"
)
_LEGAL = re.compile(r"法定代表人|法人代表")
_COMPANY = re.compile(r"公司|集团")
_NAMES = re.compile(r"[\u4e00-\u9fff·]{2,8}(?:、[\u4e00-\u9fff·]{2,8}){0,3}")


def _cells(line: str, sep: str) -> list[tuple[int, str]]:
    """The cells of a delimited line with their offsets in it (quotes and blanks aside)."""
    out = []
    pos = 0
    for raw in line.split(sep):
        lead = len(raw) - len(raw.lstrip(' \u3000"'))
        out.append((pos + lead, raw.strip(' \u3000"')))
        pos += len(raw) + 1
    return out


def _post(item: str) -> bool:
    """Whether every part of the item cell names a person's post."""
    parts = re.split(r"[、，,及和]", item)
    return all(_POST.fullmatch(p) for p in parts if p) and any(parts)


def changed_cells(text: str) -> list[Candidate]:
    """The persons in the before and after columns of a table of changes."""
    if not has_word(text, "变更前") or not has_word(text, "变更后"):  # (by 变: ``wordfind``)
        return []
    out: list[Candidate] = []
    k = find_word(text, "变更前")
    while k >= 0:
        ls = text.rfind("\n", 0, k) + 1
        le = text.find("\n", k)
        le = le if le >= 0 else len(text)
        out += _table(text, ls, le)
        k = find_word(text, "变更前", le)
    return out


def _table(text: str, ls: int, le: int) -> list[Candidate]:
    header = text[ls:le]
    sep = next((s for s in _SEPARATORS if header.count(s) >= 2), None)
    if sep is None:
        return []
    cells = [c for _, c in _cells(header, sep)]
    item = next((i for i, c in enumerate(cells) if _ITEM.fullmatch(c)), None)
    sides = [i for i, c in enumerate(cells) if _BEFORE.fullmatch(c) or _AFTER.fullmatch(c)]
    if item is None or len(sides) != 2:
        return []
    out: list[Candidate] = []
    width = header.count(sep)
    pos = le + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = end if end >= 0 else len(text)
        line = text[pos:end]
        if line.count(sep) != width:
            break  # the table ends (a note, a signature, a blank line)
        if set(line.strip()) <= set("|-: "):
            pos = end + 1
            continue  # a pipe table's rule
        row = _cells(line, sep)
        what = row[item][1]
        if _post(what) and not (_LEGAL.search(what) and any(_COMPANY.search(c) for _, c in row)):
            for i in sides:
                at, cell = row[i]
                if not _NAMES.fullmatch(cell):
                    continue
                for m in re.finditer(r"[^、]+", cell):
                    name = m.group()
                    if v.plausible_name(name) and not non_name(name):
                        s = pos + at + m.start()
                        out.append((s, s + len(name), "name", 0.8))
        pos = end + 1
    return out
