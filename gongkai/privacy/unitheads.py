"""The head or contact of a public body in a directory of bodies (issue 16, privfix19g).

A service guide lists the mediation committees, service stations and offices of a county
one a row, with their address, their 负责人 (or 联系人) and their office phone:

    序号　调解组织名称　　　　　　地址　　　　　　　负责人　　办公电话
    1　　某镇劳动人事争议调解委员会　某镇人民路1号　　张某某　　0797-3312235

The name under 负责人 there is the body's head acting in office, not a private person (as
a company's representative is public registration data: ``anchoredcells``); a mobile in
the same row under 负责人手机 stays the person's own (privfix19c). A row whose body is
an individual business, a shop or a family's service (no public body's word at its end)
keeps its person. So does a row of a directory whose header gives the contacts' office phones
a column of their own (联系人　办公电话　工作手机: the service points of the towns).

Speed: the header is looked up only on a record that names such a body.
"""

from __future__ import annotations

import re

from .columnheads import header_over
from .unitcolumns import rows_above

# a public body's name closing a cell of the record (a mediation committee, a town's
# service centre, a union's station, an office)
_BODY = re.compile(
    r"[\u4e00-\u9fff]{2,30}(?:委员会|人民政府|办事处|管委会|调解中心|便民服务中心|综治中心|"
    r"服务站|工作站|司法所|派出所|人社所|劳动保障所|[^个家]局|大队|总工会)"
    r"(?=[\t|｜,，;\n]|[ \u3000]{2}|$)"
)
_HEAD = re.compile(r"负责人|联系人")
_HEADS = re.compile(r"(?:单位|机构|组织|站点?)?(?:负责人|联系人)(?:姓名)?")
# the cells of a row: tabs, bars, a full-width space (PDF text aligned with them) or two
# spaces part them
_CELLS = re.compile(r"[^\t|｜\u3000 ]+(?: [^\t|｜\u3000 ]+)*")
_DATA = re.compile(r"\d{5}")
_LANDLINE = re.compile(r"(?<!\d)0\d{2,3}-\d{7,8}")
_OFFICE_PHONE = re.compile(r"办公电话|单位电话|办公室电话|窗口电话|咨询电话")


def _ranked_head(text: str, start: int) -> tuple[str, str] | None:
    """The header cell of the same rank as the cell at ``start``, in a table whose rows
    have as many cells as its header (aligned with full-width spaces, tabs or bars), and
    the header's line."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    row = list(_CELLS.finditer(text, ls, le if le >= 0 else len(text)))
    rank = next((k for k, m in enumerate(row) if m.start() <= start < m.end()), -1)
    if rank < 0:
        return None
    for line in rows_above(text, ls, most=40):
        if _DATA.search(line) or not _HEAD.search(line):
            continue
        heads = _CELLS.findall(line)
        return (heads[rank], line) if len(heads) == len(row) else None
    return None


def public_head(text: str, start: int, end: int, record: str) -> bool:
    """Whether the name at ``start``–``end`` in ``record`` (its line) stands under a
    负责人 / 联系人 column of a row naming a public body (module docstring)."""
    body = _BODY.search(record) is not None
    if not body and not _LANDLINE.search(record):
        return False
    ranked = _ranked_head(text, start)
    if ranked is None:
        head = header_over(text, start, end, _HEAD) if body else None
        return bool(head and _HEADS.fullmatch(head.strip(" \u3000")))
    head, header = ranked
    # a directory of offices: a column of their desks' numbers beside the contact's
    return bool(_HEADS.fullmatch(head)) and (body or _OFFICE_PHONE.search(header) is not None)
