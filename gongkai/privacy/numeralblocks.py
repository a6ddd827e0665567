"""A unit's record block opened by a serial in Chinese numerals (issue 16, privfix27b,
docs304).

``codeblocks`` reads a list of companies given one block of lines each — the company's
name, its 统一社会信用代码, its 法定代表人, its 地址 and 联系电话 — and takes the block's
landline and address for the company's. It knows a block opened by ``1.``, ``2、`` or
``（一）``; a notice as often numbers its items ``一、`` ``二、`` ``十一、`` (a public notice of
recognised bases, of licensed operators, of tender winners), and a block so opened was
read as no unit's: its line kept beside a 法定代表人's name, it was taken as that
person's. Here the same reading is made with each serial in Chinese numerals at a line's
start read as one in digits of the same length (二、 as 1、, 十一、 as 11、): the offsets
hold, and every other rule of ``codeblocks`` (the credit code in the block, no private
person's finding in it, a person's label on the number's line) applies unchanged.

Speed: nothing is read unless the text holds 信用代码 and a landline or an address is a
candidate, and a line opens with a numeral before 、 (``str.find`` of "\\n" + each numeral
of one to ten … the serial's first sign).
"""

from __future__ import annotations

import re

from .codeblocks import code_blocks

Candidate = tuple[int, int, str, float]

_SERIAL = re.compile(r"(?m)^[ \u3000\t]*([一二三四五六七八九十]{1,3})、")
_FIRST = "一二三四五六七八九十"


def numeral_blocks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines and addresses of a unit's block opened by a serial
    in Chinese numerals (module docstring)."""
    if "信用代码" not in text or not any(k in ("landline", "address") for _s, _e, k, _c in cands):
        return cands
    if not any(text.startswith(c, 0) or ("\n" + c) in text for c in _FIRST):
        return cands
    parts = []
    pos = 0
    for m in _SERIAL.finditer(text):
        s, e = m.span(1)
        parts.append(text[pos:s])
        parts.append("1" * (e - s))
        pos = e
    if not parts:
        return cands
    parts.append(text[pos:])
    return code_blocks("".join(parts), cands)
