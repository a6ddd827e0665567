"""A phone that its own words give to a unit (issue 16, twenty-third and twenty-fourth
held-out batches). ``refine`` asks ``unit_by_words`` about every phone it keeps:

- a note right after the number that says so: "…13957300110为单位公务手机", "…系本局
  值班电话", "（0573）8205…是中心办公电话";
- the office speaking of itself on the number's line: "本委地址：…；联系电话：…",
  "我局电话…", "本院联系电话…" (本/我 + the unit's one-character name, then 地址/电话);
- a unit named as the one to call in the clause before the phone's label: "可提前联系
  医院医务科，电话0534-…", "请致电镇社会事务办，电话…";
- the public asked to call it: "办件查询可拨打0571-…", "如有疑问请致电…" (a landline:
  a mobile there may be a cadre's own and stays a finding, "如有疑问请拨打138…咨询").

A person's number in the same places stays a finding: a note saying it is a home's or a
person's ("为本人手机", "系其家中座机") is no unit's word, and a name before 电话 is no
unit ("联系其弟弟张某，电话…").
"""

from __future__ import annotations

import re

from .officelines import office_line
from .patterns import MOBILE_NUMBER, PHONE_OF_PERSON

_UNIT_NOTE = re.compile(
    r"[ \u3000]*(?:[（(][^（()）\n]{0,10}[）)])?[ \u3000]*(?:为|是|系|属)(?:本|该|我)?"
    r"(?:单位|机关|部门|窗口|(?:本|我)?[局委院办所站中心]{1,2})?"
    r"(?:公务|办公|值班|工作|服务|咨询|业务)(?:专用)?(?:手机|电话|座机|号码|专线)"
)
# a bracket note right after it naming the office's line ("（社区公务手机）", "(值班专线)")
_UNIT_BRACKET = re.compile(
    r"[ \u3000]*[（(](?![^（()）\n]{0,6}(?:本人|个人|私人|家))[^（()）\n，,。]{0,6}"
    r"(?:公务|办公|值班)(?:专用)?(?:手机|电话|座机|号码|专线)[）)]"
)
_UNIT_OWN = re.compile(r"(?:为|是|系|属)(?:本|该)?单位(?:所有|的|公用|公务)")
# the office of the notice speaking of itself before the number, on its line
_SELF = re.compile(
    r"(?:本|我)(?:委|局|院|庭|办|所|站|中心|单位|机关|部门|会|科|股|厅|处)"
    r"(?:地址|电话|联系电话|办公电话|值班电话|联系方式|办公地址|通讯地址)"
)
# "联系医院医务科，电话…": the unit to call, then the phone's label
_CALL_UNIT = re.compile(
    r"(?:联系|致电|咨询|询问|拨打|联络)[\u4e00-\u9fff]{0,14}"
    r"(?:局|科|股|室|中心|办|站|所|院|队|委|窗口|大厅|公司|政府|居委会|村委会|委员会)"
    r"[，,][ \u3000]*(?:其|该|联系|咨询|办公|值班)?(?:电话|座机|手机)[:：]?[ \u3000]*$"
)

# "办件查询可拨打0571-…", "咨询请致电…": the public is asked to call, a service line
_HOTLINE_BEFORE = re.compile(
    r"(?:查询|咨询|投诉|举报|求助|预约|报名|疑问)[^\n，。；,;]{0,4}?(?:可|请|均可|敬请)?"
    r"(?:拨打|致电)[:：]?[ \u3000]*$"
)


def unit_by_words(text: str, start: int, end: int) -> bool:
    """Whether the phone at ``start:end`` is a unit's by the words around it."""
    lo = start - 160 if start > 160 else 0
    line_start = max(text.rfind("\n", lo, start) + 1, lo)  # (a long line: its last 160)
    before = text[line_start:start]
    if (
        _UNIT_NOTE.match(text, end)
        or _UNIT_OWN.match(text, end)
        or _UNIT_BRACKET.match(text, end)
        or office_line(text, start, end, before)
    ):
        return True  # (officelines: a place's office, a firm's line, a unit's note or cell)
    if "本" in before or "我" in before:
        own = _SELF.search(text, line_start, start)
        if own and not PHONE_OF_PERSON.search(text, own.end(), start):
            return True  # (a person named between: "本院地址：…；原告张某，电话…")
    near = start - 16 if start > 16 else 0
    if (
        (text.find("拨", near, start) >= 0 or text.find("致", near, start) >= 0)  # (拨打, 致电)
        and _HOTLINE_BEFORE.search(text, near, start)
        and not MOBILE_NUMBER.fullmatch(text, start, end)
    ):
        return True  # (a mobile the public is asked to call may be a cadre's own: kept)
    return text.find("，", start - 24 if start > 24 else 0, start) >= 0 and bool(
        _CALL_UNIT.search(text, start - 40 if start > 40 else 0, start)
    )
