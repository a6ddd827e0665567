"""A mailbox named a unit's by the note in brackets right after it (issue 16, docs69).

A notice gives its unit's mailbox and says whose it is after it, not before:
"…发送线索至xxx@163.com（专班线索邮箱）", "邮箱：xxx@163.com（户政大队工作邮箱）",
"（举报受理信箱）". A note that names a unit (大队, 局, 中心, 专班 …) or a unit's purpose
(线索, 举报, 投诉, 受理, 咨询, 公共, 官方 …) before 邮箱 / 信箱 makes it the unit's whatever
its domain; a note with a person's own word (个人, 本人, 私人, 我, 家) keeps it theirs, and
so does a note that denies it ("（诊所无对公邮箱）").
"""

from __future__ import annotations

import re

_NOTE = re.compile(r"[（(]([^\s（()）@，,。；;]{1,12}?)(?:电子)?(?:邮箱|信箱)[）)]")
_UNIT_WORD = re.compile(
    r"(?:线索|举报|投诉|受理|咨询|监督|信访|公共|对公|公用|官方|专用|来稿|投稿)"
    r"|(?:大队|中队|支队|局|办|中心|所|站|科|股|室|专班|工作组|指挥部|委员会|委|院|部|处|厅|馆|"
    r"社区|村委会|居委会)(?:工作|业务|办公)?$"
)
_OWN = re.compile(r"个人|本人|私人|我|家|[无没非不未]")  # (诊所无对公邮箱: none of the unit's)


def unit_noted_mail(text: str, end: int) -> bool:
    """Whether the note in brackets right after the mailbox ending at ``end`` names it a
    unit's ("（专班线索邮箱）", "（户政大队工作邮箱）")."""
    m = _NOTE.match(text, end)
    if m is None:
        return False
    words = m.group(1)
    return _UNIT_WORD.search(words) is not None and _OWN.search(words) is None
