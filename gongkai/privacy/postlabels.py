"""Names under the label of an office's post (issue 16, docs140). Called from ``lastpasses``.

Two labels say that the name after them acts in office, whatever record or directory
they stand in:

- **A step of the office's review** (``_REVIEW``): 初审人, 复审人, 终审人, 复核人, 审查人,
  核查人 …, and a registry's later steps (privfix25a: 登簿人, 缮证人 who writes out the
  certificate, 核定人, 发证人) — the person who checked a record at one of the office's
  steps ("初审人：X（某镇农业综合服务中心，0536-…）" closing each 申报 record), as 审核人 and 经办人 are
  (``blocks.drop_signoffs``). A party's mark before it (被核查人, 受审查人) names the person
  checked: a private person, kept; so is a reviewer whose own ID follows on the next line
  (``holderids.own_id_follows``).
- **The head of a unit's part** (``_HEAD``): 窗口负责人, 科室负责人, 股负责人, 站负责人,
  中心负责人, 单位负责人 — the person in charge of an office's window or section; every
  name listed after it on its line ("各县登记窗口负责人：A（甲县）、B（乙县）") is such a
  head. A 负责人 of anything else (a household, a shop, a cooperative, a project) is left
  to the other rules.

Speed: a name is read only when one of the labels' last characters (人) stands within a
short reach before it on its line.
"""

from __future__ import annotations

import re

from .alternation import led
from .holderids import own_id_follows
from .servicestaff import service_header
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_REVIEW = led(
    r"(?<![被受])(?:(?:初|复|终|再)(?:审核|审查|核查|审|核)|审查|审批|核查|核实|登簿|缮证|核定|发证)人"
    r"[ \u3000]*[：:][ \u3000]*$"
)
_HEAD = re.compile(
    r"(?:窗口|科室|股室|科|股|站|所|中心|部门|单位|办公室|处|队|社区|街道|村委会?|居委会?)"
    r"(?:负责人|联系人)[ \u3000]*(?:[：:][ \u3000]*|\n[ \u3000]*(?=[^\n]))"
)
# between the head's label and a name: the names before it, each with a note in brackets
_LISTED = re.compile(
    r"(?:[\u4e00-\u9fff·]{2,8}(?:[（(][^（）()\n]{0,10}[）)])?[ \u3000]*[、，,和及][ \u3000]*)*"
)
_REACH = 60


# a label's words before its sign, the names listed after it up to the name
_LABEL = re.compile(r"([\u4e00-\u9fff]{2,8})[ \u3000]*[：:][ \u3000\t]*")
# a step of the office's review written as its act alone ("查验人员：X　复核：Y")
_REVIEW_ACT = frozenset(("复核", "审核", "核查", "核实", "查验", "审批", "核对", "复查", "经办"))
# the office's clerk who exported or drew up a register ("导出人：X（科员，0572-…）" at its
# head or foot, "导出人：\tX" in a spreadsheet's cells): in office (privfix19f)
_TABLE_MAKER = frozenset(("导出人", "制表人"))
# who printed a system's register at its head ("打印人：X" beside 打印范围, 打印时间): the
# office's clerk like its maker (privfix19g)
_PRINTER = frozenset(("打印人", "打印员"))
# the office's staff on duty ("值班负责人：X", "带班领导：Y", "值日人员：Z"): in office as on a
# duty rota's column (``officialcolumns``), unless their own mobile follows in the clause
_DUTY = re.compile(r"值班|值日|带班")
_CLAUSE_END = re.compile(r"[；;。\n]")
# a case's official named on a record's own line ("承办仲裁员：X" closing each 受理登记
# record, "书记员：Y"): in office as in a register's column (``officialcolumns``), a mediator
# too (the settled marking); its own mobile on the line still makes the name a person's
_POST = re.compile(
    r"(?:承办|主办|主审|首席|独任|协办|主持|专职|兼职)?"
    r"(?:仲裁员|审判员|审判长|书记员|法官(?:助理)?|人民陪审员|陪审员|执行员|公证员(?:助理)?"
    r"|(?:人民)?调解员)"
)
# the doer's unit between such a label and the name ("经办：某街道城建科 X")
_UNIT_LEAD = re.compile(
    r"(?:[\u4e00-\u9fff]{2,20}?(?:局|科|股|办|所|站|中心|委员会|居委会|村委会|街道|社区)[ \u3000]+)?"
)


_MOBILE = re.compile(r"1(?<!\d1)[3-9]\d{9}(?!\d)")
_AFTER_LABEL = frozenset("：:、，, \u3000")  # (a name listed after a label: a cheap test first)


def _doer_label(text: str, line: int, s: int) -> bool:
    """The name at ``s`` is listed after a label whose head is the doer of the unit's work
    (``servicestaff.service_header``: 查验人员, 接种医生, 回访人) or a review's act alone."""
    k = max(text.rfind("：", line, s), text.rfind(":", line, s))
    if k < 0:
        return False
    lead = k
    while lead > line and "\u4e00" <= text[lead - 1] <= "\u9fff":
        lead -= 1
    m = _LABEL.match(text, lead)
    if m is None or m.end() > s:
        return False
    at = _UNIT_LEAD.match(text, m.end(), s).end()
    if not _LISTED.fullmatch(text, at, s):
        return False
    if _DUTY.search(m.group(1)):  # "立案庭值班负责人：X，0797-…；应急手机：…（值班公务手机）"
        ce = _CLAUSE_END.search(text, s, s + 200)
        return not _MOBILE.search(text, s, ce.start() if ce else s + 200)
    le = text.find("\n", s, s + 200)  # (a long line: its next 200 characters)
    if _MOBILE.search(text, s, le if le >= 0 else s + 200):
        return False  # the name's own mobile on its line: a listed person (义务巡查员：X，138…)
    label = m.group(1)
    # (a doer of a bare 人 — 经办人, 承办人, 受理人 — is read by its line's other contacts
    # elsewhere: "经办人：X" beside the party's own mobile is the party's agent)
    return (
        label in _REVIEW_ACT
        or label in _TABLE_MAKER
        or label in _PRINTER
        or (label[-1] in "员官长理" and _POST.fullmatch(label) is not None)
        or (label[-1] != "人" and service_header(label))
    )


# the members of a panel the office formed, by their profession ("由A、B、C等5名专家组成的
# 调查诊断专家组"): they act for it
_PANEL = re.compile(
    r"由((?:[\u4e00-\u9fff·]{2,8}[、，,和及])*[\u4e00-\u9fff·]{2,8})"
    r"等?(?:\d{1,2}|[一二三四五六七八九十]{1,3})?名?"
    r"(?:专家|医生|医师|工作人员|干部|民警|执法人员|技术人员|委员)组成"
)


def _panels(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in _PANEL.finditer(text)] if has_word(text, "组成") else []


def post_labels(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names under an office's post's label (module docstring)."""
    drop: set[int] = set()
    for lo, hi in _panels(text):
        drop.update(c[0] for c in cands if c[2] == "name" and lo <= c[0] < hi)
    for s, _e, kind, _conf in cands:
        if kind != "name":
            continue
        lo = max(0, s - _REACH)
        line = text.rfind("\n", lo, s) + 1 or lo
        if (
            text[s - 1] in _AFTER_LABEL or (text[s - 1] == "\t" and text[s - 2 : s - 1] in "：:")
        ) and _doer_label(text, line, s):
            drop.add(s)
            continue
        if text.find("人", lo, s) < 0:
            continue
        m = _REVIEW.search(text, line, s)
        if m is not None:
            le = text.find("\n", s)
            if not own_id_follows(text, le, m.group().rstrip("：: \u3000")):
                drop.add(s)
            continue
        if line > 1 and not text[line:s].strip(" \u3000"):  # the label on the line above
            line = text.rfind("\n", line - 20 if line > 20 else 0, line - 1) + 1
        for m in _HEAD.finditer(text, line, s + 1):
            if _LISTED.fullmatch(text, m.end(), s):
                drop.add(s)
                break
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]
