"""A public office's entry in a directory written one entry a line (issue 16, after docs141
and docs143, privfix16ya). Called from ``lastpasses``.

"某县教育局学籍管理办公室　负责人：X　电话：0817-…　地址：…" — a contact directory
gives each office a line: the office's name first, the staff member who answers for it,
the office's landline and seat. X is there in office, as in a directory's table row
(``unitdirectory``). The line is read by its structure:

- it opens (after an indent or an item's number) with an organ's or a public service's
  name, ending in an office's sign (局, 股, 科, 室, 处, 所, 站, 中心, 学校, 卫生院,
  政府, 委员会, 办事处); a company's (公司, 集团, 合作社 …: its 项目负责人 in a tender's
  result is marked) is not read;
- the name stands right after the label of the one answering for it (负责人, 联系人,
  联络人, with its sign or without: "负责人X股长"; or a post serving the office's public:
  客户经理, 业务专员, 办公室主任), with no other name between the office and the label;
  a bank's branch (银行, 支行, 信用社) in a directory of handling institutions is such an
  office too, and an item's number may be a Chinese one ("一、");
- the line holds no mobile, ID or bank card (a head's own particulars make the line his)
  and gives a landline, a 电话 or a 热线 label.

Speed: only a name right after "人：" is read; the line is matched once.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

# the one answering for the office: its head, its contact, or a post's holder serving its
# public (客户经理, 业务专员, 办公室主任); 负责人 may stand right before the name
_LABEL = re.compile(
    r"(?:(?:负责人|联系人|联络人)|[\u4e00-\u9fff]{1,4}(?:经理|专员|主任|干事))[：:][ \u3000]*$"
    r"|(?:负责人|联系人|联络人)$"
)
_LEAD = re.compile(
    r"[ \u3000]*(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．][ \u3000]*)?[\u4e00-\u9fff（）()]{2,30}?"
    r"(?:局|股|科|室|处|所|站|中心|学校|小学|中学|卫生院|政府|委员会|办事处|银行|支行|分行|信用社)"
    r"(?=[ \u3000（(：:，,])"
)
_COMPANY = re.compile(r"公司|集团|合作社|项目|中标|投标")
_PRIVATE = frozenset(("mobile", "id_card", "bank_card"))


def directory_lines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names answering for a public office on its directory line."""
    drop: set[int] = set()
    for start, end, kind, _ in cands:
        if kind != "name":
            continue
        if text[start - 1 : start] not in "：: \u3000人":
            continue  # (a label's sign or 人 right before the name, or spaces after them)
        if _LABEL.search(text, start - 12 if start > 12 else 0, start) is None:
            continue
        ls = text.rfind("\n", 0, start) + 1
        le = text.find("\n", end)
        le = len(text) if le < 0 else le
        lead = _LEAD.match(text, ls, start)
        if lead is None or _COMPANY.search(text, ls, lead.end()):
            continue
        if any(
            c[0] != start
            and ls <= c[0] < le
            and (c[2] in _PRIVATE or c[2] == "name" and c[0] < start)
            for c in cands
        ):
            continue
        line = text[ls:le]
        if (
            "电话" in line
            or "热线" in line
            or any(c[2] == "landline" and ls <= c[0] < le for c in cands)
        ):
            drop.add(start)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]
