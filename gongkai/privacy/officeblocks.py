"""An address in an office's block of contacts (issue 16, docs140). Called from ``lastpasses``.

A notice, a decision or a reply ends with the office's contacts, one field a line:

    联系人：某某、某某
    联系电话：0817-…
    联系地址：某县某镇滨河路18号

The other passes settle the block's contact person (staff acting in office) and its phone
(the office's line) as no private person's; the address among them is then the office's
too. An address labelled as a contact's or an office's (地址, 联系地址, 通讯地址, 办公地址)
alone on its line is dropped when the block of lines around it (no blank line between)
holds a phone's or a contact person's field, a number of a phone's length in it, and no
private datum found (no name, mobile, landline, ID, card or mailbox settled as private):
a person's record in the same layout keeps its name or its phone, and its address. A
home's label (住址, 家庭地址, 现住址) is never read as the office's.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .alternation import led

Candidate = tuple[int, int, str, float]

_LABEL = re.compile(
    r"[ \u3000]*(?:联系|通讯|通信|办公|单位|来访|邮寄)?地址[ \u3000]*[：:][ \u3000]*"
)
_FIELD = re.compile(r"[ \u3000]*(?:联系人|联系电话|咨询电话|办公电话|电话|传真)[ \u3000]*[：:]")
_NUMBER = re.compile(r"\d[\d\- ]{5,}\d")
_PRIVATE = frozenset(("name", "mobile", "landline", "id_card", "bank_card", "email"))
_BLOCK_LINES = 4


def _block(text: str, line_start: int) -> tuple[int, int]:
    """The lines around the line at ``line_start`` up to a blank line (at most a few)."""
    lo = line_start
    for _ in range(_BLOCK_LINES):
        if lo == 0:
            break
        prev = text.rfind("\n", 0, lo - 1) + 1
        if not text[prev : lo - 1].strip(" \u3000\t"):
            break
        lo = prev
    hi = text.find("\n", line_start)
    for _ in range(_BLOCK_LINES):
        if hi < 0:
            break
        nxt = text.find("\n", hi + 1)
        end = nxt if nxt >= 0 else len(text)
        if not text[hi + 1 : end].strip(" \u3000\t"):
            break
        hi = nxt
    return lo, hi if hi >= 0 else len(text)


def _line_end(text: str, k: int) -> int:
    end = text.find("\n", k)
    return end if end >= 0 else len(text)


# the same fields in one sentence: "联系人：某某，电话：0xx-…，地址：…"
_SENTENCE_FIELD = re.compile(r"(?:联系人|联系电话|咨询电话|办公电话|电话|传真)[ \u3000]*[：:]")
_INLINE_LABEL = led(r"(?:联系|通讯|通信|办公|单位|来访|邮寄)?地址[ \u3000]*[：:][ \u3000]*$")


def _inline(text: str, line: int, s: int, e: int) -> bool:
    """The address's label follows the fields of a contact in the same sentence, after a
    separator, and a number of a phone's length stands in one of them."""
    label = _INLINE_LABEL.search(text, s - 12 if s - 12 > line else line, s)
    if label is None or text[label.start() - 1 : label.start()] not in "，,；;、 \u3000":
        return False
    lo = max(line, text.rfind("。", line, s) + 1)
    return any(
        _NUMBER.search(text, f.end(), label.start())
        for f in _SENTENCE_FIELD.finditer(text, lo, label.start())
    )


def office_blocks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the addresses of an office's block of contacts (module docstring)."""
    if "地址" not in text:
        return cands
    drop: set[int] = set()
    private: list[int] | None = None
    for i, (s, e, kind, _conf) in enumerate(cands):
        if kind != "address":
            continue
        line = text.rfind("\n", 0, s) + 1
        if _LABEL.fullmatch(text, line, s) is None:
            if _inline(text, line, s, e):
                if private is None:
                    private = sorted(c[0] for c in cands if c[2] in _PRIVATE)
                lo = max(line, text.rfind("。", line, s) + 1)
                stop = text.find("。", e)
                hi = _line_end(text, e) if stop < 0 else min(stop, _line_end(text, e))
                j = bisect_left(private, lo)
                if not (j < len(private) and private[j] < hi):
                    drop.add(i)
            continue  # the label opens the line, the address right after it
        stop = text.find("\n", e)
        if text[e : stop if stop >= 0 else len(text)].strip(" \u3000\t。；;"):
            continue  # the address is its line's last field
        lo, hi = _block(text, line)
        fields = [
            k
            for k in range(lo, hi)
            if (k == lo or text[k - 1] == "\n") and _FIELD.match(text, k) and not line <= k < stop
        ]
        if not any(_NUMBER.search(text, k, _line_end(text, k)) for k in fields):
            continue
        if private is None:
            private = sorted(c[0] for c in cands if c[2] in _PRIVATE)
        j = bisect_left(private, lo)
        if j < len(private) and private[j] < hi:
            continue  # a person's record: its name or its number is found
        drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands
