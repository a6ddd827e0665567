"""A unit's address and landline given beside a person (issue 16, privfix19c, docs255–257).

The conventions (benchmarks/privacy_heldout/README.md, privfix17a and 17d) give a law
firm's address and phone, written with its lawyer, to the firm, and a company's to the
company. Earlier passes read them in a bracket right after the firm ("某律师事务所律师
（地址：…，电话：…）"); four more shapes say the same, each read from the layout alone:

- **a member's post, then the unit's fields** (``_POST_FIELDS``): a clause naming the
  person's post in a unit ("某律师事务所律师，", "某医院医生，") and right after it, parted
  by a comma or a line break only, the address field and the phone field: the unit's
  particulars ("委托代理人：X，某律师事务所律师，\\n地址：…，电话：…");
- **a lawyer's record** (``_firm_record``): an export's record (an XML element holding
  child elements) with a law firm as one field's value (执业机构, 所在律所): a landline
  in it is the firm's (a lawyer's own mobile stays marked);
- **a unit's registration code in the bracket** (``_CODE_BRACKET``): a bracket after a
  unit that gives its 统一社会信用代码 and then the address and phone ("确定某公司为供应商
  （统一社会信用代码：…，地址：…，联系电话：…）"): the unit's contacts;
- **an office's note after the number** (``_OFFICE_NOTE``): "0578-…（县纪委监委驻县某局
  纪检监察组）", "（县某局某科）" — the office that answers the line names it.

A home's word in the field's label (住址, 家庭电话, 住宅) or a kin's in the note keeps the
finding. Speed: each test is a look at a few characters before or after a found address
or landline; the record is read only in a text holding "律师事务所" and "</".
"""

from __future__ import annotations

import re

from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_UNIT_END = (
    r"(?:公司|集团|事务所|律所|医院|卫生院|学校|中心|银行|支行|协会|委员会|局|院|所|站|厂|社)"
)
_POST = r"(?:律师|实习律师|医生|医师|教师|老师|职员|工作人员|法律工作者|会计师|员工)"
# the clause with the post, then fields before the value (an address's or a phone's label)
_POST_FIELDS = re.compile(
    # (a line break in a CSV's quoted cell: "、" after ``join_quoted_cells``)
    rf"[\u4e00-\u9fff]{_UNIT_END}{_POST}[，,][ \u3000\n、]*"
    r"(?:(?:联系|办公|通讯)?地址[：:][^，,；;。\n（()）]{4,50}[，,；;][ \u3000\n、]*)?"
    r"(?:(?:联系|办公)?电话|(?:联系|办公|通讯)?地址)[：:]?[ \u3000]*$"
)
_HOME = re.compile(r"[住家宅]")
# a bracket holding a unit's registration code, then fields up to the value's label
_CODE_BRACKET = re.compile(
    r"[（(](?:[^（）\n]{0,30}[，,；;])?[ \u3000]*统一社会信用代码[^（）\n]{0,120}?"
    r"[，,；;][ \u3000]*(?:联系|办公|通讯)?(?:电话|地址)[：:]?[ \u3000]*$"
)
_PERSON_IN = re.compile(r"身份证|公民身份|手机|住址|家庭|本人")
# a note naming an office right after the number
_OFFICE_NOTE = re.compile(
    r"[（(][\u4e00-\u9fff]{2,24}?(?:局|科|股|处|办公室|中心|委员会|纪检监察组|纪检组|工作组|大队|中队|"
    r"派出所|司法所|站|庭)[）)]"
)
_KIN = re.compile(r"家|住|本人|父|母|妻|夫|子|女|亲属|个人|私人")
# an element's attribute naming an office (单位="县某局某股"; "=" read as "：" by the scan)
_OFFICE_ATTR = re.compile(
    r"""[=：:]["'][^"'<>]{2,30}(?:局|院|中心|委员会|政府|办公室|办事处|站|所|科|股)["']"""
)
_PERSON_ATTR = re.compile(r"(?i)\b(?:xm|name|xingming|sfzh\w*)\s*[=：:]|姓名|身份证|公民身份")
_OPEN = re.compile(r"<([^\s/<>!?]+)[^<>]*>[ \t]*$")
# the record's own tag names a lawyer or an agent (委托代理人, 律师, lawyer, agent, dlr)
_AGENT_TAG = re.compile(r"(?i)代理人|律师|lawyer|attorney|counsel|agent|\bdlr|\bls\b")
_FIRM_VALUE = re.compile(r">[^<>\n]{2,40}(?:律师事务所|律所)</")


_POST_END = re.compile(_POST + r"[，,]")


def _post_fields(text: str, start: int) -> bool:
    lo = start - 110 if start > 110 else 0
    if not _POST_END.search(text, lo, start) or not _POST_FIELDS.search(text, lo, start):
        return False
    label = text[start - 8 if start > 8 else 0 : start]
    return not _HOME.search(label)


def _code_bracket(text: str, start: int) -> bool:
    lo = start - 200 if start > 200 else 0
    m = _CODE_BRACKET.search(text, lo, start)
    return bool(m) and not _PERSON_IN.search(text, m.start(), start)


def _office_note(text: str, end: int) -> bool:
    m = _OFFICE_NOTE.match(text, end)
    return bool(m) and not _KIN.search(m.group())


def _firm_record(text: str, start: int) -> bool:
    """A landline in an element whose sibling fields name a law firm (the record's own
    element: the nearest start tag above, alone on its line, that holds child elements)."""
    if text[start - 1 : start] != ">":
        return False
    pos = text.rfind("\n", start - 400 if start > 400 else 0, start)
    for _ in range(12):
        if pos <= 0:
            return False
        above = text.rfind("\n", pos - 300 if pos > 300 else 0, pos) + 1
        line = text[above:pos]
        pos = above - 1
        m = _OPEN.search(line.strip())
        if m and "</" not in line:
            if not _AGENT_TAG.search(m.group()):
                return False  # a case's or a party's record, not the lawyer's own
            close = text.find(f"</{m.group(1)}>", start, start + 1500)
            if close < 0:
                return False
            return bool(_FIRM_VALUE.search(text, above, close))
    return False


def _office_attribute(text: str, start: int) -> bool:
    """A landline as an attribute of an element another attribute of which names an
    office (``<上报人 单位="县某局某股" 联系电话="…">X</上报人>``): the office's line, its
    clerk acting in office."""
    tag = text.rfind("<", start - 300 if start > 300 else 0, start)
    if tag < 0 or text.find(">", tag, start) >= 0:
        return False
    close = text.find(">", start, start + 300)
    element = text[tag : close if close >= 0 else start]
    return bool(_OFFICE_ATTR.search(element)) and not _PERSON_ATTR.search(element)


def unit_particulars(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the addresses and landlines the shapes above give to a unit."""
    record = has_word(text, "律师事务所") and has_word(text, "</")
    drop = set()
    for i, (s, e, kind, _) in enumerate(cands):
        if kind not in ("address", "landline"):
            continue
        before = text[s - 1 : s]
        if before in ("：", ":", " ", "\u3000", "话", "址") and (
            _post_fields(text, s)
            or (
                "统一社会信用代码" in text[s - 200 if s > 200 else 0 : s] and _code_bracket(text, s)
            )
        ):
            drop.add(i)
        elif kind == "landline" and (
            (text[e : e + 1] in ("（", "(") and _office_note(text, e))
            or (record and _firm_record(text, s))
            or (before in ('"', "'") and _office_attribute(text, s))
        ):
            drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands
