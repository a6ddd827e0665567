"""A phone that the layout of its line gives to an office (issue 16, the phone errors of
the held-out batches 19–33). ``unitnotes.unit_by_words`` asks ``office_line`` about every
phone ``refine`` keeps:

- a number under a district's or a town's name in a list of offices ("受理点：城东区
  0791-…、城西区 (0791)…", "城东区：城东区人民路8号，电话0791-…；城西区：…"): the
  place's office — a person's number carries a person's words (家住, 住址, 户主 …);
- a line whose subject is a firm or body ("■…物业服务有限公司遗失公章一枚，声明作废。
  电话…"): a bare phone label opening the next sentence gives the firm's number;
- a line labelled as the supervision's contact whose value is the supervising body and
  its member ("监督人员：村务监督委员会 某某 0744-…", letter-spaced on a notice board): the
  body's landline; a mobile there is the member's own (a cadre's mobile is a person's
  phone, the convention since the held-out batch 200);
- a note in brackets right after the number that gives it to a unit ("（单位值班电话，非
  个人）", "（镇民政办代收）");
- a table's cell before the number that is a home for persons (县儿童福利院, 敬老院), or a
  committee or centre with an empty or dash cell (—, /, 无) between: the institution's
  number in the row of a person it looks after (a member's own number beside the body
  they belong to stays theirs).

A person's number in the same places stays a finding: a note that says it is the
person's own after a unit's word (``unitcontacts.own_work_number``), a person's word in
the clause, a name in the line before a firm's sentence.
"""

from __future__ import annotations

import re

from .patterns import PHONE_OF_PERSON

_PLACE = r"[\u4e00-\u9fff]{1,8}(?:区|县|市|旗|镇|乡|街道)"
# the clause before the number is a place's name alone, after a list's sign or a colon
_PLACE_CLAUSE = re.compile(rf"[，,、；;。：:][ \u3000]*{_PLACE}[ \u3000:：]*$")
# the sentence of the number opens with a place's name and a colon
_PLACE_HEAD = re.compile(rf"[ \u3000]*{_PLACE}[:：]")
# a supervision's contact label (spaced or not), then the supervising body
_S = r"[ \u3000]*"
_SUPERVISOR = re.compile(
    rf"{_S}监{_S}督{_S}(?:人{_S}员|员|小{_S}组|联{_S}系{_S}人|电{_S}话){_S}[:：]{_S}"
    r"[\u4e00-\u9fff]{0,12}(?:监督委员会|监督小组|委员会|理事会)"
)
_PLACE_LAST = frozenset("区县市旗镇乡道")
_OPENING = frozenset("（(")
_PERSONAL_NUMBER = re.compile(r"(?<![0-9])(?:1[3-9]\d{9}|\d{17}[\dXx])(?![0-9])")
# a firm or body opening its line (after a list's mark)
_BODY_HEAD = re.compile(
    r"[ \u3000\t]*(?:[■●◆▲★◇□○•·\-—]|\d{1,3}[.．、]|[（(]\d{1,3}[）)])?[ \u3000]*"
    # the body's name: no verb before its word ("张三遗失某公司工作证" is a person's line)
    r"(?:(?!遗失|丢失|不慎|持有|在|于|的|向|将)[\u4e00-\u9fff（）()]){2,30}?(?:有限责任公司|有限公司|股份公司|公司|合作社|集团|协会|商会|"
    r"医院|卫生院|学校|幼儿园|委员会|服务中心)"
)
_BARE_LABEL = re.compile(r"[ \u3000]*(?:联系)?(?:电话|方式|座机)[:：]?[ \u3000]*$")
# a note right after the number that gives it to a unit
_UNIT_BRACKET = re.compile(
    r"[ \u3000]*[（(](?:系|为|属|是)?(?:本|该)?(?:单位|机关|部门|办公|值班|公用)"
    r"[^（()）\n]{0,8}?(?:电话|手机|座机|号码|专线)"
    r"|[ \u3000]*[（(][^（()）\n]{0,16}(?:办|局|站|所|中心|委员会|居委会|村委会)"
    r"(?:代收|代接|转接?|转告|代为转告)[）)]"
)
_OWN_NOTE = re.compile(r"[（(][^（()）\n]{0,20}(?:本人|个人所有|私人所有|家庭|家中)")
# a home that looks after persons; a committee or centre only with a dash cell between
# (the 关系 column of a guardian: none for a unit), since a member's own number may stand
# beside the body they belong to (所属队伍: 县应急志愿服务中心)
_HOME_CELL = re.compile(r"敬老院|福利院|养老院|救助站|供养中心|儿童之家")
_INSTITUTION_CELL = re.compile(r"居委会|村委会|委员会|服务中心")
_EMPTY_CELL = frozenset(("", "—", "-", "－", "/", "／", "无", "——", "…"))


def office_line(text: str, start: int, end: int, before: str | None = None) -> bool:
    """Whether the phone at ``start:end`` is an office's by its line's layout (``before``:
    its line before it, at most its last 160 characters, when the caller has cut it)."""
    if (
        text[end : end + 3].lstrip(" \u3000")[:1] in _OPENING
        and _UNIT_BRACKET.match(text, end)
        and not _OWN_NOTE.match(text, end)
    ):
        return True
    if before is None:
        lo = start - 160 if start > 160 else 0
        before = text[max(text.rfind("\n", lo, start) + 1, lo) : start]
    if _place_office(before) or (_supervisor_line(before) and text[start : start + 1] != "1"):
        return True  # (a member's mobile on the supervision's line is the member's own)
    if "。" in before and _body_sentence(before):
        return True
    return _institution_cell(before)


def _place_office(before: str) -> bool:
    # (cheap looks first: the sentence is cut only when a colon stands in the line)
    if not (before.rstrip(" \u3000:：")[-1:] in _PLACE_LAST and _PLACE_CLAUSE.search(before)):
        if ":" not in before and "：" not in before:
            return False
        segment = _sentence(before)
        if not ((":" in segment or "：" in segment) and _PLACE_HEAD.match(segment)):
            return False
    else:
        segment = _sentence(before)  # (cut once on either way)
    return not (PHONE_OF_PERSON.search(segment) or _PERSONAL_NUMBER.search(segment))


def _supervisor_line(before: str) -> bool:
    """A line labelled as the supervision's contact, its value a body and its member
    ("监督人员：村务监督委员会  某某  138…", letter-spaced on a notice board too)."""
    if "督" not in before:
        return False
    m = _SUPERVISOR.match(before)
    return m is not None and not (
        PHONE_OF_PERSON.search(before, m.end()) or _PERSONAL_NUMBER.search(before, m.end())
    )


# the line up to its last sentence stop (the ``max`` of each stop's ``rfind``: one C walk)
_UP_TO_STOP = re.compile(r"(?s).*[。；;\n]")


def _sentence(before: str) -> str:
    cut = _UP_TO_STOP.match(before)
    return before[cut.end() :] if cut else before


def _body_sentence(before: str) -> bool:
    """A line opening with a firm or body, the number's sentence a bare label."""
    cut = before.rfind("。")
    if not _BARE_LABEL.fullmatch(before, cut + 1) or not _BODY_HEAD.match(before):
        return False
    head = before[:cut]
    return not (PHONE_OF_PERSON.search(head) or _PERSONAL_NUMBER.search(head))


def _institution_cell(before: str) -> bool:
    """A delimited row whose last filled cell before the number is an institution."""
    if before.count("|") >= 2:
        sep = "|"
    elif before.count("\t") >= 2:
        sep = "\t"
    elif before.count("｜") >= 2:
        sep = "｜"
    else:
        return False
    cells = before.split(sep)[:-1]  # (the last piece is the number's own cell)
    skipped = False
    for cell in reversed(cells[-3:]):
        cell = cell.strip(" \u3000")
        if cell in _EMPTY_CELL:
            skipped = True
            continue
        if len(cell) > 16:
            return False
        return bool(_HOME_CELL.search(cell) or (skipped and _INSTITUTION_CELL.search(cell)))
    return False
