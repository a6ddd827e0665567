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

A mobile on such a line stays (a post's holder's own phone), as do a landline on a row of the
table and a post's landline on a line with no persons' table above it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .kindindex import kind_positions, without

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


def _line(text: str, pos: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return lo, hi if hi >= 0 else len(text)


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


def foot_post_landlines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines given beside a post's holder on a persons' table's
    foot (module docstring)."""
    kinds = [c[2] for c in cands]
    phones = list(kind_positions(kinds, "landline"))
    if not phones:
        return cands
    starts: list[int] | None = None
    drop: set[int] = set()
    for k in phones:
        at = cands[k][0]
        lo, hi = _line(text, at)
        if hi - lo > 300:
            continue
        # the stretch the number belongs to: from the line's start or the last number
        stretch_lo = lo
        for j in phones:
            if lo <= cands[j][1] <= at:
                stretch_lo = max(stretch_lo, cands[j][1])
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
