"""Tokens in a name's position that are no name (issue 16, privfix16rb). Called from
``lastpasses``.

- **A surname and a title or a form of address** ("马医生", "刘护士", "欧阳律师", "王老师"):
  a candidate that is exactly a known surname (single or compound) followed by a word of
  office, profession or courtesy names a role, not a person: nobody's given name is 医生.
  ``validators.name_shape`` already refuses these in prose; a table's cell or a list's item
  reaches the candidates by other ways, so the check is made once more on what was settled.
- **The issuer's abbreviation of a document or case number** ("X农（渔）罚〔2023〕31号",
  "某政办发[2024]3号", "X卫监罚字（2022）第5号"): the signs before a number in brackets
  of a year are the abbreviation of the issuing office, however much they look like a name;
  a candidate followed (through an optional bracketed class and at most three signs of the
  kind: 罚, 办发, 字) by a bracketed year of four digits and a number is dropped.

Both read only name candidates; the second looks at the twenty signs after one.
"""

from __future__ import annotations

import re

from . import validators as v

Candidate = tuple[int, int, str, float]

# titles of office or profession and forms of address (validators.FORMS_OF_ADDRESS has
# the courtesy ones): a surname with one of these is how a person is addressed, not named
_TITLES = v.FORMS_OF_ADDRESS | frozenset(
    "医生 医师 大夫 护士 护师 药师 律师 教授 讲师 教练 警官 法官 检察官 书记 院长 校长 "
    "队长 部长 厂长 社长 馆长 会长 行长 董事 总监 专家 博士 技师 干事 主席 委员 代表".split()
)
_TITLE_LAST = frozenset(t[-1] for t in _TITLES)
# after an issuer's abbreviation: an optional bracketed class ((渔), (环)), up to four signs
# of the document's kind (罚, 办发, 罚字, 许), then a year in brackets and the number
_DOC_NUMBER = re.compile(
    r"(?:[（(][\u4e00-\u9fff]{1,3}[）)])?[\u4e00-\u9fff]{0,4}[〔\[［【(（](?:19|20)\d\d[〕\]］】)）] ?第?\d{1,6}"
)


def _titled(value: str) -> bool:
    n = v.surname_length(value)
    return n > 0 and value[n:] in _TITLES


def not_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without titled surnames and document numbers' issuers (module docstring)."""
    drop = set()
    for i, (start, end, kind, _) in enumerate(cands):
        if kind != "name":
            continue
        if text[end - 1] in _TITLE_LAST and 3 <= end - start <= 5 and _titled(text[start:end]):
            drop.add(i)
        elif _DOC_NUMBER.match(text, end):
            drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands
