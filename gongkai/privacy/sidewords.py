"""A party's side or role read as a name (issue 16, privfix24b).

An agreement names its parties by their sides — 甲方, 乙方, 丙方, 丁方, 申请方, 被申请方, 出租方,
承租方, 买方, 卖方 — and a form by their roles — 当事人, 申请人, 被申请人, 委托代理人 (the words a
table's header names persons with: ``tables.PERSON_HEADERS``). A table reader that takes a
column of sides under a header of persons ("当事人 | 姓名 | …" over rows "甲方 | 张三 | …") or
a form's label cell ("当事人签名") as a name, and every later mention of that "name", reads a
word, never a person: such a candidate is dropped wherever it stands. A name that merely holds
the characters (甲方明, 方乙) is no such word and is left alone.

Cost: one set lookup a name candidate.
"""

from __future__ import annotations

from .tables import PERSON_HEADERS

Candidate = tuple[int, int, str, float]

_SIDES = frozenset(
    "甲方 乙方 丙方 丁方 戊方 申请方 被申请方 出租方 承租方 买方 卖方 买受方 出让方 受让方 转让方 "
    "发包方 承包方 委托方 受托方 双方 三方 各方 对方 男方 女方".split()
)
_WORDS = _SIDES | PERSON_HEADERS


def side_words(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names that are a party's side or role word (module docstring)."""
    return [c for c in cands if c[2] != "name" or text[c[0] : c[1]] not in _WORDS]
