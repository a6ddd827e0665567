"""``wordfind``'s walks (``word_starts``, ``blank``, ``lead_finditer``) give what they stand for
(privspeed26a)."""

from __future__ import annotations

import random
import re

from gongkai.privacy.wordfind import blank, lead_finditer, lead_search, word_starts

_CORE = ("窗口", "稳控", "维稳", "包案", "包联", "盯控")


def test_word_starts_are_the_alternations_matches():
    pattern = re.compile("|".join(_CORE))
    rng = random.Random(26)
    signs = "窗口稳控维包案联盯x\n"
    for _ in range(5000):
        text = "".join(rng.choice(signs) for _ in range(rng.randint(0, 30)))
        assert word_starts(text, _CORE) == [m.start() for m in pattern.finditer(text)], text


def test_word_starts_no_overlaps():
    assert word_starts("维稳控窗口口", _CORE) == [0, 3]  # (稳控 inside 维稳控: after 维稳)
    assert word_starts("", _CORE) == []


def test_blank_is_strip_of_the_span():
    rng = random.Random(26)
    signs = " \u3000\ta\n\xa0"
    for _ in range(20000):
        text = "".join(rng.choice(signs) for _ in range(rng.randint(0, 8)))
        lo = rng.randint(0, 10)
        hi = rng.choice([None, rng.randint(0, 10)])
        assert blank(text, lo, hi) == (not text[lo:hi].strip(" \u3000\t")), (text, lo, hi)


def test_blank_examples():
    assert blank("")
    assert blank(" \u3000\t")
    assert not blank("  张三 ")
    assert blank("张三  ", 2)
    assert not blank("\xa0")  # (only spaces, ideographic spaces and tabs are blanks)


def test_lead_finditer_and_search_are_the_patterns_own():
    patterns = (
        (re.compile(r"）[，,]?(?:电话|手机)(\d{3,4})"), "）"),
        (re.compile(r"=[\"'](?:单位|企业)"), "="),
        (re.compile(r"<(\w{1,4})>(?<=[a-z]>)"), "<"),  # (a look-behind over the lead)
    )
    rng = random.Random(26)
    signs = "）电话手机,12345=\"'单位企业<>abx\n"
    for pattern, lead in patterns:
        for _ in range(3000):
            text = "".join(rng.choice(signs) for _ in range(rng.randint(0, 30)))
            want = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in lead_finditer(pattern, lead, text)] == want, text
            got = lead_search(pattern, lead, text)
            assert (got.span() if got else None) == (want[0] if want else None), text
