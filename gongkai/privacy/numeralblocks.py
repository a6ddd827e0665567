"""A unit's record block opened by a serial in Chinese numerals (issue 16, privfix27b,
docs304).

``codeblocks`` reads a list of companies given one block of lines each — the company's
name, its 统一社会信用代码, its 法定代表人, its 地址 and 联系电话 — and takes the block's
landline and address for the company's. It knows a block opened by ``1.``, ``2、`` or
``（一）``; a notice as often numbers its items ``一、`` ``二、`` ``十一、`` (a public notice of
recognised bases, of licensed operators, of tender winners), and a block so opened was
read as no unit's: its line kept beside a 法定代表人's name, it was taken as that
person's. Here each line opening with a serial in Chinese numerals, naming an
organisation (``codeblocks._ORGANISATION``) and followed within 400 characters by 信用代码,
is read by ``codeblocks`` as a window of its own (the line and the 1,200 characters after
it) with the serial written in digits of the same length (二、 as 1、, 十一、 as 11、): the
offsets hold, and every other rule of ``codeblocks`` (the credit code in the block, no
private person's finding in it, a person's label on the number's line) applies unchanged.

Speed: nothing is read unless the text holds 信用代码 and a landline or an address is a
candidate; the lines are found by one search led by the line break (``_LINE_SERIAL``,
privspeed27b: ten walks of a line break and a numeral before), and ``codeblocks`` reads
only the windows' candidates.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .codeblocks import _ORGANISATION, code_blocks

Candidate = tuple[int, int, str, float]

# a line after a line break opening with a serial in Chinese numerals, no space before it
_LINE_SERIAL = re.compile(r"\n([一二三四五六七八九十]{1,3})、")
_WINDOW = 1200


def _openers(text: str) -> list[tuple[int, int, int]]:
    """(line start, serial start, serial end) of each line opening a company's block with
    a serial in Chinese numerals."""
    out = []
    for m in _LINE_SERIAL.finditer(text):
        line = m.start() + 1
        if text.find("信用代码", line, line + 400) >= 0:
            end = text.find("\n", line)
            end = end if end >= 0 else len(text)
            s, e = m.span(1)
            if _ORGANISATION.fullmatch("1" * (e - s) + text[e:end]):
                out.append((line, s, e))
    return out


def numeral_blocks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines and addresses of a unit's block opened by a serial
    in Chinese numerals (module docstring)."""
    if "信用代码" not in text:
        return cands
    openers = _openers(text)
    if not openers:
        return cands
    numbers = sorted(c for c in cands if c[2] in ("landline", "address"))
    if not numbers:
        return cands
    starts = [c[0] for c in numbers]
    drop = set()
    for line, s, e in openers:
        lo = bisect_left(starts, line)
        hi = bisect_left(starts, line + _WINDOW)
        if lo == hi:
            continue
        window = "1" * (e - s) + text[e : line + _WINDOW]
        local = [
            (c[0] - line, c[1] - line, c[2], c[3]) for c in numbers[lo:hi] if c[1] <= line + _WINDOW
        ]
        kept = set(code_blocks(window, local))
        drop.update((c[0] + line, c[1] + line, c[2]) for c in local if c not in kept)
    if not drop:
        return cands
    return [c for c in cands if (c[0], c[1], c[2]) not in drop]
