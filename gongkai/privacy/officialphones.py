"""Officials' and units' phones that the other rules miss (issue 16, fourteenth batch).

- **A cadre's column.** Tables of households often give, beside each household, the
  cadre who looks after it (帮扶责任人, 结对干部, 包村干部, 驻村工作队员, 网格员) and that
  cadre's phone. The cadre acts in office: a landline under a header naming them
  (帮扶责任人电话, 帮扶干部联系方式, 网格员手机) is the office's; a mobile there is the
  cadre's own phone and stays a finding (``unitphones`` asks this for landlines only). A
  bare 责任人 names no cadre: villagers carry duties too (a hazard point's 监测责任人, a
  guardian's or a business's 责任人), so it needs the cadre's word (帮扶, 包保, 驻村 …)
  in its own header or in a column before it ("帮扶责任人 | 责任人电话").
- **An official named with a phone and no label**: a title, the holder's name and the
  number right after ("财政所所长李某，0451-…", "村支书王某 139…") or a line sending the
  reader to officials and listing them with their numbers ("可向各村网格员咨询：红旗村
  张某 0452-…，…").
- **A unit's line by its label**: 专线, 专线手机, 热线手机 right before the number.
- **A number the document gives as a unit's** at one place is the unit's wherever it
  stands again ("…股：联系人…，电话0452-…" and later "或拨打0452-…查询"): a number whose
  other occurrence was left out as a unit's is left out everywhere.
"""

from __future__ import annotations

import re

from . import validators as v
from .alternation import led
from .numbercolumns import cell_header
from .patterns import PHONE_OF_PERSON
from .unitcolumns import header_cell

Candidate = tuple[int, int, str, float]

_CADRE = r"(?:帮扶|结对|包保|包户|包村|包组|包片|驻村|挂钩|联系|联户)"
# a header over a cadre's phone: 帮扶责任人电话, 干部联系方式, 网格员手机, 驻村工作队员电话,
# 联络员电话 (the unit's staff assigned to each person served)
_CADRE_PHONE_HEADER = re.compile(
    rf"(?:{_CADRE}责任人|{_CADRE}?(?:干部|工作队员?|队员)|网格员|网格长|联络员|(?:帮扶|结对|包保|包户)人)"
    r"(?:联系)?(?:电话|手机|方式|号码)(?:号码)?"
)
_BARE_DUTY_PHONE = re.compile(r"责任人(?:联系)?(?:电话|手机|方式|号码)")
_CADRE_DUTY = re.compile(rf"{_CADRE}责任人")
# …责任人 of a private person: the phone stays theirs
_PRIVATE_DUTY = re.compile(r"(?:监护|赡养|抚养|扶养|安全|经营|法定)责任人")

_TITLES = (
    r"(?:书记|支书|主任|组长|局长|所长|站长|科长|股长|村长|队长|镇长|乡长|县长|主席|院长|"
    r"督导员|网格员|网格长|联络员|专干|协管员|(?:所|站|局|办|中心|股|科|院)负责人)"
)
# a title, the holder's name and the number right after it, no label in between
_TITLE_NAME = led(rf"{_TITLES}[:： \u3000]{{0,2}}([\u4e00-\u9fff·]{{2,5}})[，,、 \u3000]{{1,2}}$")
# "联系人马主任，0471-…", "承办人：赵工　电话：": a contact named by surname and title
_CONTACT_TITLE = re.compile(
    rf"(?:联系人|承办人|经办人|负责人)[:：]?[ \u3000]?[\u4e00-\u9fff]{{1,2}}(?:{_TITLES[3:-1]}|工)"
    r"[，,、 \u3000]{1,2}(?:(?:联系)?(?:电话|手机)[:：]?[ \u3000]*)?$"
)
# "可向各村网格员咨询：", "或向各乡镇督导员反映：": the officials listed after the colon
_SENT_TO_OFFICIALS = re.compile(
    rf"(?:向|找|联系|咨询)[\u4e00-\u9fff]{{0,12}}?{_TITLES}"
    r"(?:反映|咨询|联系|举报|投诉|了解|申请|求助)?[:：]"
)
_CELL_EDGES = frozenset("\t|,│")
_MORE_EDGES = frozenset(';；｜，"')
_LIST_SIGNS = frozenset("，,、 \u3000")
_LINE_LABEL = re.compile(r"(?:专线|热线)(?:手机|电话|号码)?[:：]?[ \u3000]*$")


def cadre_phone(text: str, start: int) -> bool:
    """Whether the phone at ``start`` stands in a column of a cadre's phones."""
    sign = text[start - 1 : start]
    if sign not in _CELL_EDGES and sign not in _MORE_EDGES:
        return False  # (a cheap look first: a table's cell starts at the number)
    # (semicolons, full-width bars and quoted cells: the header by ``numbercolumns``)
    cell = header_cell(text, start) if sign in _CELL_EDGES else cell_header(text, start)
    if not cell or _PRIVATE_DUTY.search(cell):
        return False
    if _CADRE_PHONE_HEADER.search(cell):
        return True
    if not _BARE_DUTY_PHONE.match(cell.strip()):
        return False
    # a bare 责任人电话 is the cadre's beside a cadre's column ("帮扶责任人 | 责任人电话")
    whole = re.compile(
        rf"(?:^|(?<=[\t|,│]))[ \u3000]*{re.escape(cell.strip())}(?=[ \u3000]*(?:[\t|,│]|$))", re.M
    )
    at = [m.start() for m in whole.finditer(text, start - 3000 if start > 3000 else 0, start)]
    if not at:
        return False
    line = text[text.rfind("\n", 0, at[-1]) + 1 : at[-1]]
    return bool(_CADRE_DUTY.search(line))


def official_phone(text: str, start: int) -> bool:
    """Whether the phone at ``start`` is an official's or a unit's line by what stands
    right before it (module docstring)."""
    lo = start - 24 if start > 24 else 0
    if text.find("线", start - 8 if start > 8 else 0, start) >= 0 and _LINE_LABEL.search(
        text, lo, start
    ):
        return True
    m = _TITLE_NAME.search(text, lo, start) if text[start - 1 : start] in _LIST_SIGNS else None
    if m and v.plausible_name(m.group(1)) and not PHONE_OF_PERSON.search(text, lo, start):
        return True  # (主任医师 is a rank, not a title and its holder)
    if _CONTACT_TITLE.search(text, lo, start):
        return True
    window = text[start - 200 if start > 200 else 0 : start]  # where _SENT_TO_OFFICIALS could stand
    if "向" not in window and "找" not in window and "联系" not in window and "咨询" not in window:
        return False  # (its lead words, a cheap look before the searches below)
    far = start - 160 if start > 160 else 0
    cut = max(text.rfind("。", far, start), text.rfind("\n", far, start), far - 1)
    head = text.rfind("：", start - 160 if start - 160 > cut else cut, start)
    if head < 0:
        head = text.rfind(":", start - 160 if start - 160 > cut else cut, start)
    if head < 0:
        return False
    hits = list(_SENT_TO_OFFICIALS.finditer(text, max(cut + 1, head - 40), head + 1))
    last = hits[-1] if hits else None
    return (
        last is not None
        and last.end() == head + 1
        and not PHONE_OF_PERSON.search(text, head, start)
    )


_PHONES = frozenset(("mobile", "landline"))
_NEAR = 3000  # how far the same number is looked for (a document's contact lines)


def _elsewhere(text: str, value: str, start: int, kept_at: set[int]) -> bool:
    """Whether ``value`` stands at another place near ``start`` that was not kept."""
    lo = max(0, start - _NEAR)
    hi = start + len(value) + _NEAR
    k = text.find(value, lo, hi)
    while k >= 0:
        if (
            k != start
            and k not in kept_at
            and not text[k - 1 : k].isdigit()
            and not text[k + len(value) : k + len(value) + 1].isdigit()
        ):
            return True
        k = text.find(value, k + 1, hi)
    return False


def repeated_unit_numbers(text: str, kept: list[Candidate]) -> list[Candidate]:
    """``kept`` without the phones that stand again nearby where the rules left them out
    as a unit's (the same number in the same document)."""
    kept_at = {c[0] for c in kept if c[2] in _PHONES}
    if not kept_at:
        return kept
    return [
        c
        for c in kept
        if c[2] not in _PHONES or not _elsewhere(text, text[c[0] : c[1]], c[0], kept_at)
    ]
