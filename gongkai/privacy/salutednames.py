"""The addressee a notice sent to one person greets (issue 16: SMS logs, notices).

A text message or a letter to one person opens with a greeting that names them, often
with the part they play in the matter: "尊敬的张三户主：", "尊敬的李四家长，", "亲爱的王五
用户：", "尊敬的赵六：". The name between the greeting and the role (or the colon or comma
right after it) is a private person's when it looks like a name (``namemodel.score``); a
greeting of a group or a post ("尊敬的客户：", "尊敬的各位家长", "尊敬的王局长：") is no
person. (A name with 先生 / 女士 / 同志 is found by the other passes.)
"""

from __future__ import annotations

import re

from .namemodel import score
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_ROLE = (
    "户主|用户|客户|家长|车主|考生|纳税人|参保人|缴费人|申请人|老人|居民|村民|会员|患者|"
    "旅客|业主|租户|学员|驾驶人|当事人|投诉人|举报人|来信人"
)
_GREETING = re.compile(
    r"(?:尊敬的|亲爱的)[ \u3000]?([\u4e00-\u9fff]{2,4}?|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6})"
    rf"[ \u3000]?(?:{_ROLE})?[ \u3000]?(?=[：:，,！!])"
)
_GROUPS = frozenset("各位 全体 广大 相关 有关".split())


def saluted_names(text: str) -> list[Candidate]:
    """Names greeted as the one addressee of a notice (module doc)."""
    if not has_word(text, "尊敬的", 1) and not has_word(text, "亲爱的", 1):
        return []  # (looked for by 敬 and 爱: a scan by one rare character is fast)
    out: list[Candidate] = []
    for m in _GREETING.finditer(text):
        name = m.group(1)
        if name[:2] in _GROUPS or score(name) < 0.7:
            continue
        out.append((m.start(1), m.end(1), "name", 0.85))
    return out
