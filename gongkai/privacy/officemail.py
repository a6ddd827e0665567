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

# the line's opening: tags of a page, then an address label that is no home's
_OFFICE_ADDRESS = re.compile(
    r"[ \u3000\t]*(?:<[^<>\n]{0,80}>[ \u3000]*)*(?:办公|联系|通讯|通信|单位)?地址[：:]"
    r"[^\n。；;@]{2,40}?\d{1,5}号[^\n。；;@]{0,10}?"
    r"(?:局|委员会|委|中心|政府|办公室|办事处|[股科处所站](?![\u4e00-\u9fff]{0,2}号)|大厅|窗口|大楼|服务站)"
)


def office_line_mail(text: str, start: int) -> bool:
    """Whether the mailbox at ``start`` shares its line with an office's own address."""
    begin = text.rfind("\n", max(0, start - 160), start) + 1
    if text.find("地址", begin, start) < 0:
        return False  # (the cheap look: no address label on the line)
    return _OFFICE_ADDRESS.match(text, begin, start) is not None
