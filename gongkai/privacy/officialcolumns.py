"""Columns of officials acting in office (issue 16, docs71–docs74): their cells are no
private persons.

A case register, a hearing notice or a service ledger names, beside each row's parties,
the official who handles the case: 仲裁员, 承办仲裁员, 首席仲裁员, 审判员, 书记员, 承办人,
经办人, 审核人, 受理人, 录入人, 办案人员, 执法人员 … The names in such a column are staff
acting in office, whatever the table's layout (tabs, bars, commas, HTML flattened with
tabs, columns aligned with spaces, one cell a line: ``columnheads.header_over``), and a
cell's note ("独任 王某", "首席") is no name either. The other columns of the same table
keep their persons (申请人, 被申请人, 委托代理人: a party's agent is a private person).

A column of 调解员 (人民调解员, 专职调解员) is one of officials too: a mediator acts in
office, in a people's mediation committee's register of disputes as on its published
roster (the settled marking of the held-out batches since docs80; ``tables.ROLE_HEADER``
still reads the other roles' columns, 网格员, 志愿者 …, as persons).

The same posts sign a record with a note before the colon ("调解员（签名）：X",
"书记员（签字）：X"): the note does not make the official a private person (a bare label,
"调解员：X", is the other passes' concern: ``context.officer_in_office``).

Speed: one search for the header words a text; a name is looked up only when such a
word stands within the 6,000 characters before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .columnheads import header_over, parted_header_over
from .counselcolumns import counsel_above
from .csvcells import quoted_cells, quoted_index
from .headerroles import ACTS, DESK_POSTS, GROUP_STAFF, own_id_column, staff_post
from .officeroles import officials_named
from .unitcolumns import row_position, rows_above
from .wordfind import find_by

_SPAN = 6000
# the header words, as searched for in the text (a cheap first test)
_WORDS = re.compile(
    r"仲裁员|审判员|审判长|书记员|法官|陪审员|执行员|调解员|公证员|"
    r"(?:承办|经办|审核|受理|录入|办案|执法|复核|审批|记录|送达|接待|核查|审查|办理|接听|接线|回访)"
    r"(?:人|员)"
    r"|联络员|普查员|普查指导员"
    # any staff post (an act of the office and its doer: 接警员, 调度员, 发放人, 执法人员)
    # and a header qualified by an official's number ("民警（警号）": ``staff_post``)
    rf"|(?:{ACTS})人|{DESK_POSTS}|(?:证|警|工)号[）)]"
    r"|值日|值班|带班|登记人(?!姓名)"
    rf"|{GROUP_STAFF}"  # 检查组成员, 督查组人员: the members of the office's team
    r"|(?:免疫|接种|检疫|采样)员"
)
# a liaison assigned to each person of a table that names its persons in another column
# (军休所 "姓名 … 联络员"); a liaison who is the row's only person (a shop's 联络员 of a
# 消费维权联络站, with a mobile and a home phone) is a private person
_LIAISON = re.compile(r"[\u4e00-\u9fff]{0,4}联络员")
# a whole header cell naming an official (its 姓名 / 签名 note aside)
_OFFICIAL = re.compile(
    r"(?:承办|主办|主审|首席|独任|合议庭|协办|主持|值班|执行)?"
    r"(?:仲裁员|审判员|审判长|书记员|法官(?:助理)?|人民陪审员|陪审员|执行员)"
    r"|(?:承办|主持|专职|兼职|诉前|特邀)?(?:人民)?调解员"
    # a notary, appointed by the state, in a notary office's register (承办公证员) or a
    # register of complaints about one (被投诉公证员): in office, as the README settles
    r"|(?:承办|主办|被投诉|涉及)?公证员(?:助理)?"
    r"|(?:承办|经办|审核|受理|录入|办案|执法|复核|审批|记录|送达|接待|核查|审查|办理|接听|接线|回访)"
    r"(?:人员?|员|民警|警官)|联络员"
    # a register's registrar (登记人 beside 登记日期; 登记人姓名 is its registrant's)
    r"|登记人"
    # the office's own staff on a duty rota (行政值日, 值班领导, 带班干部, 值日教师)
    r"|(?:行政|领导|干部|教师|老师)?(?:值日|值班|带班)(?:行政|领导|干部|教师|老师|人员?)?"
    # a census's enumerator, engaged by the office, as the column of a ledger of complaints
    # names the one concerned (涉及普查员, 入户普查员); a label's list of them (a selection's
    # notice, 普查员：X、Y) is no column and keeps its persons; a survey's 调查员 and its
    # 辅助调查员 stay persons (settled: ``test_staff_posts``)
    r"|[\u4e00-\u9fff]{0,4}?普查(?:指导)?员"
    # the station's staff who vaccinated, tested or sampled each row's animals (免疫员 beside
    # the owner's 户主姓名 in an immunisation register; a roster of 防疫员 paid is theirs)
    r"|(?:免疫|接种|检疫|采样)员"
)
# an official's post signing, with its note, right before the name
_SIGNED = re.compile(
    r"(?:仲裁员|审判员|审判长|书记员|调解员|陪审员|记录人|承办人|经办人|审核人|送达人|执法人员)"
    r"[（(](?:签名|签字|签章|盖章)[）)][：:][ \u3000]*$"
)
_CELL_END = frozenset('\t|｜│,;"\n \u3000（(姓签')
_AFTER_SIGN = frozenset("：: \u3000")
_NOTE = re.compile(r"(?:[（(](?:签名|签字|姓名)[）)]|姓名|签名|签字)$")


# an ID column of nobody named (a 登记人's own, where the table registers persons)
_BARE_ID = frozenset("身份证 身份证号 身份证号码 公民身份号码 公民身份证号码 证件号码".split())
_SEPARATORS = ("\t", "|", "｜", "│", ",", ";")
_DATA = re.compile(r"\d{5}")


def _delimited(text: str, start: int, line_start: int, line: str) -> str | None:
    """The header cell over ``start`` in a delimited row: the first row up of the same
    width that holds an official's word and no data ("" when the row is no such table's)."""
    place = row_position(text, start, _SEPARATORS)
    if place is None:  # the row's first cell
        sep = next((s for s in _SEPARATORS if s in line), None)
        if sep is None:
            return None
        index = 0
    else:
        sep, index = place[1], place[2]
    width = quoted_index(line) if sep == "," and '"' in line else line.count(sep)
    if width < 2:
        return ""
    quoted = sep == ","
    for row in rows_above(text, line_start, most=60):
        if (quoted_index(row) if quoted and '"' in row else row.count(sep)) != width:
            if row.strip(" \u3000"):
                return ""  # the table ends above (a form's field, a title, prose)
            continue  # a blank line between an HTML table's rows
        if _DATA.search(row) or not (_WORDS.search(row) or "警" in row):  # (承办民警: _marks)
            continue
        parts = quoted_cells(row) if quoted and '"' in row else row.split(sep)
        if quoted and any(len(c) > 30 for c in parts):
            continue  # a record's quoted prose (its 救生员 no header's word)
        cells = [c.strip(" \u3000\"'*") for c in parts]
        cell = cells[index]
        if ("身份" in row or "证件" in row) and own_id_column(cell, cells):
            return ""  # 经办人 beside 经办人身份证号: a party's agent (``headerroles``)
        if cell == "登记人" and any(c in _BARE_ID for c in cells):
            return ""  # 登记人 beside a bare 公民身份号码: who registers (兵役登记), not the clerk
        if _LIAISON.fullmatch(cell):
            return "联络员" if "姓名" in row else ""
        return cell
    return ""


def _header(text: str, start: int, end: int) -> str | None:
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if any(s in line for s in _SEPARATORS):
        got = _delimited(text, start, line_start, line)
        if got is not None:
            return got
    if text[end : end + 1] in ("\n", "") and (
        text[start - 1 : start] == "\n" or _CELL_NOTE.fullmatch(line, 0, start - line_start)
    ):
        got = _stacked(text, line_start)  # (a cell "独任 王某" alone on its line too)
        if got is None and text[start - 1 : start] == "\n":
            # records parted by blank lines, each opened by its own number (登记号)
            got = parted_header_over(text, start, end, _WORDS)
        return got
    return header_over(text, start, end, _WORDS)


_NAMES_CELL = re.compile(r"[\u4e00-\u9fff·]{2,8}(?:、[\u4e00-\u9fff·]{2,8}){1,3}")
_SERIAL = re.compile(r"\d{1,3}[.、．]?")
_CELL_NOTE = re.compile(r"[\u4e00-\u9fff]{1,4}[ \u3000]+")


def _stacked(text: str, start: int) -> str | None:  # (start: the line's)
    """The header over a value alone on its line in a table one cell a line, counted from
    its record's serial line: the header block opens with 序号 (编号), and the value's
    place in its record is the official's place in the block (else None: not sure)."""
    lines = text[start - 3000 if start > 3000 else 0 : start - 1].split("\n")
    lines.reverse()  # nearest first
    offset = next((k + 1 for k, x in enumerate(lines[:24]) if _SERIAL.fullmatch(x.strip())), None)
    if offset is None:
        return _counted_block(lines)
    for k, x in enumerate(lines):
        if _official(x.strip(" \u3000\t")):
            block = [y.strip(" \u3000\t") for y in lines[k : k + 24]]
            first = next((j for j, y in enumerate(block) if y in ("序号", "编号")), None)
            if first is not None and first == offset:
                return block[0]
            return None
    return None


_HEAD_CELL = re.compile(r"[\u4e00-\u9fff（）()]{2,6}")


def _counted_block(lines: list[str]) -> str | None:
    """The header over a value in records of one cell a line with no serial line (a work
    order's number opens each): the header block is the run of short header words over the
    first record, and the value's distance from it, counted in records of the block's
    length, gives its place (lines nearest first)."""
    cells = [x.strip(" \u3000\t") for x in lines[:400]]
    top = next((k for k, x in enumerate(cells) if _official(x)), None)
    if top is None:
        return None
    lo = top
    while lo > 0 and _HEAD_CELL.fullmatch(cells[lo - 1]):
        lo -= 1  # the block's last header (nearest the data)
    hi = top
    while hi + 1 < len(cells) and _HEAD_CELL.fullmatch(cells[hi + 1]):
        hi += 1
    width = hi - lo + 1
    if width < 4 or lo == 0:
        return None
    # (lines are nearest first: lo lines stand between the value and the block)
    if any(not cells[k] for k in range(lo)):
        return None  # a blank line: records not counted so
    place = lo % width  # the value's index in its record, counted from its first cell
    return cells[hi - place] if hi - place >= lo else None


def _official(cell: str) -> bool:
    cell = cell.replace(" ", "").replace("\u3000", "")
    bare = _NOTE.sub("", cell)
    return _OFFICIAL.fullmatch(bare) is not None or staff_post(cell)


# the sign before 员 / 人 (人员) of an official's word: 仲裁员, 审判员, 书记员, 陪审员, 执行员,
# 调解员 (signing), 联络员, 接线员; 承办人, 审核人, 受理人, 录入人, 办案人员, 执法人员, 审批人, 记录人,
# a hotline's 接听人 and 回访人 … (not 登记人: a register's 登记人姓名 is its registrant)
# a census's enumerators (普查员, 普查指导员) and any staff post of ``headerroles``
# (接警员, 调度员, 话务员, 录入员, 受理员, 检查员 …;
# not 成员, 队员, 会员: members)
_BEFORE_YUAN = frozenset("裁判记审行解络线访警度务理入核批法案达听办查导证勘损疫种样")
# 人 stands thousands of times a text: a literal-led search with the sign before it as a
# look-behind tests them in C, where a find loop pays a Python turn for each
_REN = re.compile("人(?<=[办核理入案法批记录达待查听线访放勘损]人)员?")


_GROUP = re.compile(GROUP_STAFF)
_CASE_ACTS = frozenset("承办 主办 协办 经办 办案 出警 处警".split())


def _marks(text: str) -> list[int]:
    """Where an official's word ends as a header cell does (a cell's end after it, not a
    label's "："), in order: ``str.find`` walks for 员 (and a search for 人), the sign
    before them tested."""
    out = []
    k = text.find("员", 1)
    while k >= 0:
        if text[k - 1] in _BEFORE_YUAN and text[k + 1 : k + 2] in _CELL_END:
            out.append(k + 1)
        k = text.find("员", k + 1)
    for m in _REN.finditer(text, 1):
        end = m.end()
        if text[end : end + 1] in _CELL_END:
            out.append(end)
    # (each word by its second character: a single character's find skips through memory,
    # a word's reads every character of a long text)
    # a header qualified by an official's number: "民警（警号）", "X人员（执法证号）"
    k = find_by(text, "号）", 1, 1)  # (by "）")
    while k >= 0:
        if text[k - 1] in "证警工":
            out.append(k + 2)
        k = find_by(text, "号）", 1, k + 1)
    for char in "值带":  # a duty rota's header: 行政值日, 值班领导, 带班干部 (to the cell's end)
        k = text.find(char, 1)
        while k >= 0:
            if text[k + 1 : k + 2] in ("日", "班") and (char == "值" or text[k + 1] == "班"):
                end = next((j for j in range(k + 2, k + 7) if text[j : j + 1] in _CELL_END), -1)
                if end > 0:
                    out.append(end)
            k = text.find(char, k + 1)
    k = text.find("组", 2)  # a team of the office's act: 检查组成员, 验收小组人员 (GROUP_STAFF)
    while k >= 0:
        if text[k + 2 : k + 3] == "员" and text[k + 1] in "成人":
            end = k + 3 + (text[k + 3 : k + 5] == "姓名") * 2
            if text[end : end + 1] in _CELL_END and _GROUP.search(text, k - 6 if k > 6 else 0, end):
                out.append(end)
        k = text.find("组", k + 1)
    k = text.find("警", 3)  # the police handling the case: 承办民警, 办案警官 (no bare 民警)
    while k >= 0:
        if text[k - 1] == "民" and text[k - 3 : k - 1] in _CASE_ACTS:
            if text[k + 1 : k + 2] in _CELL_END:
                out.append(k + 1)
        elif text[k + 1 : k + 2] == "官" and text[k - 2 : k] in _CASE_ACTS:
            if text[k + 2 : k + 3] in _CELL_END:
                out.append(k + 2)
        k = text.find("警", k + 1)
    for word, char in (("审判长", "判"), ("法官", "官")):
        k = text.find(char, 1)
        while k >= 0:
            end = k - 1 + len(word)
            if text.startswith(word, k - 1) and text[end : end + 1] in _CELL_END:
                out.append(end)
            k = text.find(char, k + 1)
    out.sort()
    return out


def _first_line(text: str, mark: int) -> bool:
    """Whether ``mark`` stands on the text's first line (a CSV export's header)."""
    return text.find("\n", 0, mark) < 0


def official_cells(text: str, cands: list) -> list:
    """``cands`` less the names standing in a column headed by an official's post (and
    the persons a record names in an official's role: ``officeroles``)."""
    cands = officials_named(text, cands)
    marks: list[int] | None = None
    drop = set()
    for i, c in enumerate(cands):
        if c[2] != "name":
            continue
        if marks is None:
            marks = _marks(text)
        if not marks:
            return cands
        start = c[0]
        if text[start - 1 : start] in _AFTER_SIGN and _SIGNED.search(text, start - 20, start):
            drop.add(i)
            continue
        k = bisect_left(marks, start)
        if k == 0 or (start - marks[k - 1] > _SPAN and not _first_line(text, marks[0])):
            continue  # (an export's header on its first line heads every row below)
        cell = _header(text, start, c[1])
        if not cell and "、" in text[start - 1 : c[1] + 1]:
            # two officials in a cell of a table one cell a line ("X、Y" under 承办人)
            ls = text.rfind("\n", 0, start) + 1
            le = text.find("\n", start)
            le = le if le >= 0 else len(text)
            if _NAMES_CELL.fullmatch(text, ls, le):
                cell = _header(text, ls, le)
        if cell and _official(cell) and not counsel_above(text, start, cell):
            drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands
