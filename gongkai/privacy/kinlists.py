"""Relatives listed by their place in the family (issue 16).

A list of heirs or household members names each person after the relation to the one
the text is about, without 其 or 之: "法定继承人：配偶X，长子Y，次女Z", "家庭成员：
养子A、孙女B". A relation word of birth order or adoption (长子, 次女, 三子, 幼女, 养子,
继女 …), a grandchild's or an in-law's (孙子, 外孙女, 儿媳, 女婿) or 配偶, opening a
clause, with a name of two to four characters right after it and a sign or the line's
end after the name, is that relative's name. A word after the relation (长子已成年,
次女就读于…) is no name: the run must be a plausible name.
"""

from __future__ import annotations

import re

from . import validators as v

Candidate = tuple[int, int, str, float]

_KIN_NAME = re.compile(
    r"(?:(?<=[：:，,、；;（(\s])|^)"
    r"(?:[长次三四五幼独养继](?:子|女)|外孙女?|孙子|孙女|长孙|儿媳|女婿|配偶)"
    r"([\u4e00-\u9fff]{2,4}?)(?=[，,、。；;（(\s]|$)",
    re.M,
)


def kin_list_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _KIN_NAME.finditer(text):
        run = m.group(1)
        if run in v.COMMON_WORDS:
            continue
        if v.plausible_name(run, strict=False) and v.plausible_name(run, strict=len(run) == 2):
            out.append((m.start(1), m.end(1), "name", 0.75))
    return out
