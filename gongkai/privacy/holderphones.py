"""A phone column named after another column of its table takes that column's holder
("出租人联系电话" beside "出租人", "承运人电话" beside "承运人"): where the row's holder cell
is an organisation ("某某置业有限公司（公租房）", "某村股份经济合作社"), the landline in the
phone column is the organisation's, not a private person's (issue 16, privfix16jc).

Only landlines: a mobile under such a header may be its staff's own. A holder cell that is
a person's name, and a phone header naming no other column (联系电话), are left alone.
"""

from __future__ import annotations

import re

from .unitcolumns import _cell_at, header_line

Candidate = tuple[int, int, str, float]

# a phone header after its holder's word: the holder, then the phone word
_HOLDER_PHONE = re.compile(
    r"([\u4e00-\u9fff]{2,6}?)(?:的)?(?:联系)?(?:电话|座机|固话|联系方式)(?:号码)?"
)
# an organisation's name, a bracketed note after it allowed ("…有限公司（公租房）")
_ORGANISATION = re.compile(
    r"[\u4e00-\u9fff（）()]{2,40}?(?:公司|合作社|委员会|村委会|居委会|人民政府|经济组织|学校|医院|"
    r"中心|集团|厂|局|事务所|银行|商行|协会)(?:[（(][^（）()]{1,12}[）)])?"
)


_PARTS = re.compile(r"[/／、]|或")


def holder_phones(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop the landlines whose column is named after an organisation's column."""
    if not any(k == "landline" for _s, _e, k, _c in cands):
        return cands
    drop = set()
    for s, e, k, _c in cands:
        if k != "landline":
            continue
        found = header_line(text, s)
        if found is None:
            continue
        cell, line, sep, index = found
        m = _HOLDER_PHONE.fullmatch(cell)
        if m is None:
            continue
        heads = [h.strip(" \u3000\"'") for h in line.split(sep)]
        # (a head naming two parties, 产权人/出租人, holds either: privfix22d, docs284)
        index = next((k for k, h in enumerate(heads) if m.group(1) in _PARTS.split(h)), None)
        if index is None:
            continue
        row_start = text.rfind("\n", 0, s) + 1
        row_end = text.find("\n", e)
        row = text[row_start : len(text) if row_end < 0 else row_end]
        holder = _cell_at(row, sep, index)
        if holder and _ORGANISATION.fullmatch(holder):
            drop.add((s, e))
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "landline" and (c[0], c[1]) in drop)]
