"""Whose landline it is on a persons' table's foot, beside a post's holder (issue 16, JJ).

A register of private persons (workers, payees, entrants: each row an ID, a mobile, a card)
often closes with a line naming who keeps or signs it, each by a post's label: "劳资专管员：X
（0xxx-…）　班组长签字：Y　项目负责人：Z", or in cells "劳资专管员：<tab>X<tab>联系电话：<tab>
0xxx-…". The rows are the register's persons; the foot's persons hold a post of the project or
unit that made it, and a fixed line given beside such a post is the desk the reader reaches
the office at, not a home's. The reading is structural:

- the number is a landline on a line of its own that carries no private datum (no ID, mobile,
  card or home address found on it): it is no row of the register;
- on that line, before the number and after any earlier number, stands a post's label with a
  colon (a word ending in 员, 负责人, 经理, 主任, 组长 …; 签字 may follow the post), and no
  home's or kin's word (家庭, 住宅, 本人, 紧急, 监护 …) stands in that stretch;
- the nearest lines above that hold anything but cells' separators include a row with a
  private datum (an ID or a mobile) and without the same post's label: the line is the
  foot of a persons' table, not one more entry of a list of the post's holders
  (监测员：X　电话：… a line each);
- no note after the number calls it a home's (（家）, （宅）).

**A row under a public organ's section.** A board or a table grouping its rows by unit
opens each group with a row of one cell naming the unit ("建设单位（某县卫生健康局）", "监理单位
（某某监理有限公司）"). A landline on a row of cells under an organ's section (a 局, 委员会,
管理处, 办公室 … and no company's word; no 街道, 村民委员会, 中心 or 医院, under which
residents or patients are grouped), the row opening with its person's post (…负责人, …员)
and holding no private datum, is the organ's line reached through its officer: the
section says whose party the row's person is. Under a company's section the number is
left to the other readers.

A mobile on such a line stays (a post's holder's own phone), as do a landline on a row of the
table and a post's landline on a line with no persons' table above it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .kindindex import kind_positions, without
from .seqlists import line_bounds

Candidate = tuple[int, int, str, float]

# a post's label with its colon: 劳资专管员：, 项目负责人：, 班组长签字：, 资料员:
_POST_LABEL = re.compile(
    r"[\u4e00-\u9fff]{0,8}(?:员|负责人|经理|主任|组长|队长|站长|所长|科长|主管)(?:签字|签名)?"
    r"[ \u3000]*[：:]"
)
# a home's, the person's own or a kin's word: the number is then the person's
_HOME_WORD = re.compile(r"家庭|住宅|宅电|本人|个人|家属|紧急|监护|亲属|户主|家长|住址|居住")
# the number's own note that it is a home's: 0xxx-…（家）, (宅)
_HOME_AFTER = re.compile(r"[ \u3000]?[（(](?:家|宅|住宅|家庭|私)")
_PRIVATE = frozenset(("id_card", "mobile", "bank_card", "address"))
_SEPARATORS = " \u3000\t|,，-—"


def _private_lines(cands: list[Candidate]) -> list[int]:
    """The sorted starts of the private candidates (for a line's test by bisection)."""
    return sorted(c[0] for c in cands if c[2] in _PRIVATE)


def _has_private(starts: list[int], lo: int, hi: int) -> bool:
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _table_above(text: str, lo: int, starts: list[int], post: str) -> bool:
    """Whether the nearest lines above ``lo`` holding more than separators (at most two)
    include a row with a private datum and without ``post``'s label (a list of the post's
    holders, 监测员：X 电话：… a line each, is a register of its own, not a foot)."""
    seen = 0
    end = lo - 1
    while end > 0 and seen < 2:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip(_SEPARATORS):
            if _has_private(starts, start, end):
                return post not in text[start:end]
            seen += 1
        end = start - 1
    return False


# a section row's one cell: a party's word and the unit in brackets, or the unit alone
_SECTION_CELL = re.compile(r"(?:[\u4e00-\u9fff]{2,8}[（(])?([\u4e00-\u9fff]{2,30})[）)]?")
# an organ's name's end; no unit persons are grouped under by where they live (街道, 乡镇,
# 村民委员会, 社区) or are served at (中心, 医院)
_ORGAN_END = re.compile(r"(?:局|(?<![村居])委员会|管理处|管理站|办公室|厅|司法所|派出所)$")
# a row's first cell naming its person's post (建设单位项目负责人, 监督员, 联络员)
_POST_CELL = re.compile(r"[\u4e00-\u9fff]{0,10}(?:负责人|员|经理|主任|科长|股长|代表|联系人)")
_COMPANY = re.compile(r"公司|有限|集团|事务所|合作社|个体")
_CELL_SPLIT = re.compile(r"\t|\||｜|,")


def _cells(line: str) -> list[str]:
    return [c.strip(' \u3000"') for c in _CELL_SPLIT.split(line)]


def _organ_section(text: str, lo: int, hi: int) -> bool:
    """Whether the row ``lo``–``hi`` (cells) stands under a section row naming an organ."""
    row = [c for c in _cells(text[lo:hi]) if c]
    if len(row) < 3 or _POST_CELL.fullmatch(row[0]) is None:
        return False
    end = lo - 1
    for _ in range(12):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        filled = [c for c in _cells(text[start:end]) if c]
        end = start - 1
        if len(filled) != 1:
            continue  # another row of the group (or a blank line)
        m = _SECTION_CELL.fullmatch(filled[0])
        if m is None:
            return False
        unit = m.group(1)
        return _ORGAN_END.search(unit) is not None and _COMPANY.search(unit) is None
    return False


def foot_post_landlines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines given beside a post's holder on a persons' table's
    foot (module docstring)."""
    kinds = [c[2] for c in cands]
    phones = list(kind_positions(kinds, "landline"))
    if not phones:
        return cands
    ends = sorted(cands[k][1] for k in phones)
    starts: list[int] | None = None
    drop: set[int] = set()
    for k in phones:
        at = cands[k][0]
        lo, hi = line_bounds(text, at)
        if hi - lo > 300:
            continue
        line = text[lo:hi]
        if ("\t" in line or "|" in line) and _organ_section(text, lo, hi):
            if starts is None:
                starts = _private_lines(cands)
            if not _has_private(starts, lo, hi):
                drop.add(k)
            continue
        if "：" not in line and ":" not in line:
            continue  # (no post's label on the line)
        # the stretch the number belongs to: from the line's start or the last number
        n = bisect_left(ends, at + 1)
        stretch_lo = max(lo, ends[n - 1]) if n and ends[n - 1] <= at else lo
        stretch = text[stretch_lo:at]
        post = _POST_LABEL.search(stretch)
        if post is None or _HOME_WORD.search(stretch) or _HOME_AFTER.match(text, cands[k][1]):
            continue
        if starts is None:
            starts = _private_lines(cands)
        label = post.group().rstrip(" \u3000：:")
        if _has_private(starts, lo, hi) or not _table_above(text, lo, starts, label):
            continue
        drop.add(k)
    return without(cands, drop)
