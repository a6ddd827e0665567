"""Posts of an office named by the office and its member's word, or by a step of its review
and its doer (issue 16, docs159–docs161, privfix16ce). Called from ``servicestaff`` (a
column's header) and last from ``lastpasses`` (a label's head).

Registers of private persons (applicants, the persons visited, the persons assessed) name in
a second person column, or under a record's label, the one who did the unit's work on the
row: the doctor who assessed the person, the reviewer at the first step, the unit's member
of staff who vouched for the record. Their names act in office. The header or the label is
read by its parts, in every layout:

- **A unit and its member's word** (``_UNIT_POST``): a header that opens with an office's
  name (…残联, …委员会, …服务站, …中心, …街道, …社区, …卫生院, …学校) and ends with a member's word
  of that office (委员, 专职委员, 专干, 干事, 工作人员, 医生, 主任, 联络员): "乡镇残联专职委员",
  "街道服务中心干事", "社区卫生服务站医生" — the unit it belongs to says the person serves in it.
- **A step of the unit's review and its doer** (``_STEP_DOER``): a first, second or final
  review (初审, 复审, 终审, 初核) or an assessment the unit makes of the person (评定, 评残)
  and the one who did it (人, 人员, 医生, 医师, 委员, 干部, 老师): "服务站初审人", "评残医生",
  "评定委员". A party's mark (被, 受) names the person assessed.
- **A label's qualifier** ("见证人（乡镇残联专职委员）：X"): any label whose bracketed
  qualifier is such a post.
- **A sign-off line's other labels** ("发放人：X　监发人：Y", "汇总人：X　审核：Y"): a line
  holding one of the known sign-off labels (``blocks._SIGNOFF_AT``) and a label naming a
  step of the office's paperwork on what is signed for (supervising it: 监…人; tallying or
  checking it: 汇总人, 统计人, 校核人): the office's signer too. A party's label on such a
  line (缴款人, 领款人, 承租人) keeps its name.

A label's names are dropped only where the label's line holds no mobile (a post listed with
its holder's own mobile is a contact the register gives, kept) and, after the label, only a
list of names (、，) with their bracketed notes stands before the name.
"""

from __future__ import annotations

import re

from .blocks import _SIGNOFF_AT
from .patterns import MOBILE_NUMBER

Candidate = tuple[int, int, str, float]

# the unit a post belongs to (the header's or label's opening words end with it)
_UNIT = (
    r"(?:残联|委员会|村委会|居委会|村委|居委|服务站|工作站|服务中心|中心|站|所|局|办|"
    r"街道|社区|卫生院|医院|学校|政府)"
)
# a member's word of a unit
_MEMBER = r"(?:专职委员|委员|专干|干事|工作人员|医生|医师|主任|联络员)"
_UNIT_POST = re.compile(rf"^[\u4e00-\u9fff]{{0,6}}?{_UNIT}{_MEMBER}(?:姓名|签名|签字)?$")
# a step of the unit's review or its assessment of the person, and its doer
_STEP = r"(?:初审|复审|终审|初核|评定|评残)"
_STEP_DOER = re.compile(
    rf"^[\u4e00-\u9fff]{{0,6}}?(?<![被受]){_STEP}(?:人员|人|医生|医师|委员|干部|老师|教师)(?:姓名|签名|签字)?$"
)
# a private person's role, or a body of private persons (业主委员会: the owners' committee)
_PRIVATE = re.compile(
    r"申请|监护|委托|代领|代办|联系|家属|亲属|对象|户主|本人|当事|群众|村民|居民|业主|家长|代表"
)
# the name's own note naming them a private person ("X（3号楼业主）", "X（村民代表）")
_PRIVATE_NOTE = re.compile(r"[（(][^（）()\n]{0,12}(?:业主|村民|居民|群众|代表|家属|亲属)")


def office_post(cell: str) -> bool:
    """``cell`` (a header or a label) names a post of the office: a unit and its member's
    word, or a step of the unit's review and its doer (module docstring)."""
    cell = cell.strip(" \u3000\t\"'*").replace(" ", "").replace("\u3000", "")
    if not 2 < len(cell) <= 14 or _PRIVATE.search(cell):
        return False
    return _UNIT_POST.match(cell) is not None or _STEP_DOER.match(cell) is not None


# a label right before its colon, with its bracketed qualifier
_LABEL = re.compile(r"([\u4e00-\u9fff]{2,14})(?:[（(]([\u4e00-\u9fff]{2,14})[）)])?[ \u3000]*$")
# the names listed between the label's colon and a name after 、 or ，
_LIST = re.compile(
    r"[ \u3000]*(?:[\u4e00-\u9fff·]{2,8}(?:[（(][^（）()\n]{0,24}[）)])?[ \u3000]*[、，,][ \u3000]*){1,6}"
)
# the last character of a label the pass reads: a member's word, a doer, a qualifier's bracket
_LABEL_LAST = frozenset("员干事生师任人部）)")
# a sibling label of a sign-off line naming a step of the office's paperwork: supervising
# the act signed for (监发人, 监收人, 监督人), tallying or checking it (汇总人, 统计人, 校核人);
# a party's label beside them (缴款人, 领款人, 承租人, 见证人) names a private person
_SIGNER = re.compile(r"^(?:监[\u4e00-\u9fff]{1,2}|汇总|统计|校核|核算)人$")
_REACH = 90


def _signoff_sibling(text: str, label: str, line_start: int, line_end: int, at: int) -> bool:
    """``label`` is a "…人" label on a sign-off line holding a known sign-off label
    besides it."""
    if _SIGNER.match(label) is None:
        return False
    if line_end - line_start > 120:
        return False
    return any(m.start() != at for m in _SIGNOFF_AT.finditer(text, line_start, line_end))


def office_post_labels(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names under a label naming an office's post (module docstring)."""
    drop: set[int] = set()
    lines: dict[int, bool] = {}  # line start → the line holds a mobile
    for s, e, kind, _conf in cands:
        if kind != "name" or s < 3:
            continue
        before = text[s - 1] if text[s - 1] not in " \u3000" else text[s - 2]
        if before not in "：:、，,":
            continue
        lo = max(0, s - _REACH)
        line_start = text.rfind("\n", lo, s) + 1 or lo
        if before in "：:":
            colon = text.rfind(before, line_start, s)
        else:  # a later name of a list: the label's colon before the names listed
            colon = max(text.rfind("：", line_start, s), text.rfind(":", line_start, s))
            if colon < 0 or not _LIST.fullmatch(text, colon + 1, s):
                continue
        k = colon
        while k > line_start and text[k - 1] in " \u3000":
            k -= 1
        if k <= line_start or text[k - 1] not in _LABEL_LAST:
            continue
        m = _LABEL.search(text, k - 32 if k - 32 > line_start else line_start, k)
        if m is None:
            continue
        label, note = text[m.start() : k].rstrip(" \u3000"), m.group(2)
        head = m.group(1)
        line_end = text.find("\n", s)
        if line_end < 0:
            line_end = len(text)
        if not (
            office_post(head)
            or note is not None
            and office_post(note)
            or note is None
            and _signoff_sibling(text, label, line_start, line_end, m.start(1))
        ):
            continue
        mobile = lines.get(line_start)
        if mobile is None:
            mobile = lines[line_start] = (
                MOBILE_NUMBER.search(text, line_start, line_end) is not None
            )
        if not mobile and not _PRIVATE_NOTE.match(text, e):
            drop.add(s)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]
