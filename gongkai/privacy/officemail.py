"""A mailbox on the line of an office's own address (issue 16, after docs126).

A notice closes with where its office sits and how to write to it: "地址：X县迎宾路16号
县住建局三楼310室。电子邮箱：…@163.com". The address is the office's by the unit that
follows its house number (``scanner``: "…6258号闵浦分局…" is an office's address); the
mailbox that shares the line is the same office's, whatever its domain, however its
local part is written. The line must open with a plain address label (地址, 办公地址,
联系地址, 通讯地址 — not 住址 or 家庭地址, which are a person's), and the unit's word must
stand within a few characters after the house number (局, 委, 中心, 政府, 办, 股, 科, 所,
站, 大厅, 窗口, 大楼 …); a person's line ("住址：…号，邮箱：…") has none.
"""

from __future__ import annotations

import re

# the line's opening before the label: tags of a page, and a word naming whose address
_OPENING = re.compile(r"[ \u3000\t]*(?:<[^<>\n]{0,80}>[ \u3000]*)*(?:办公|联系|通讯|通信|单位)?$")
# a unit's word a few characters after the house number (the office sits there)
_UNIT_AFTER = re.compile(
    r"[^\n。；;@]{0,10}?(?:局|委员会|委|中心|政府|办公室|办事处|[股科处所站](?![\u4e00-\u9fff]{0,2}号)|"
    r"大厅|窗口|大楼|服务站)"
)


def office_line_mail(text: str, start: int) -> bool:
    """Whether the mailbox at ``start`` shares its line with an office's own address."""
    lo = start - 160 if start > 160 else 0
    begin = text.rfind("\n", lo, start) + 1 or lo
    label = text.find("地址", begin, start)
    if label < 0 or text[label + 2 : label + 3] not in ("：", ":"):
        return False  # (the cheap look: no address label on the line)
    if not _OPENING.match(text, begin, label):
        return False
    number = text.find("号", label + 5, min(start, label + 46))
    if number < 0 or not text[number - 1 : number].isdigit():
        return False
    return _UNIT_AFTER.match(text, number + 1, start) is not None
