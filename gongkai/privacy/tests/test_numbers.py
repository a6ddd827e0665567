"""``numbers.NUMBERS_IN_TEXT`` finds what the walk over ``TRIGGER`` hits trying
``numbers.pattern()`` found, and its branches match what that pattern matches."""

import random
import re

import pytest

from gongkai.privacy import corpus, tablecorpus
from gongkai.privacy.numbers import IN_TEXT_KINDS, KINDS, NUMBERS_IN_TEXT, NUMBERS_SOURCE, pattern

NUMBERS = re.compile(NUMBERS_SOURCE)
PATTERN = pattern()
# The characters the scanner walked to, one at a time, before NUMBERS_IN_TEXT: every
# character that can start a number, with the run of letters and digits after it.
TRIGGER = re.compile(r"[0-9A-Za-z+(（〔\[［【￥¥][0-9A-Za-z]*")

# characters that matter to the branches, and a few that do not
_PIECES = [
    *"0123456789" * 6,
    *"ABCEGHLMTWXIPZ",
    *"xe t\n-/,.+()（）〔〕[]【】［］￥¥",
    *"号栋幢座楼层单元室房户附院转万亿元第备证小区花园苑的",
    "ICP",
    "ext",
    "分机",
    "大院",
    "号楼",
    "0086",
    "+86",
]


def _same(text, at):
    m1, m2 = PATTERN.match(text, at), NUMBERS.match(text, at)
    one = (m1.lastgroup, m1.span()) if m1 else None
    two = (KINDS[m2.lastindex], m2.span()) if m2 else None
    assert one == two, (text[max(0, at - 3) : at + 40], one, two)
    return one is not None


@pytest.mark.parametrize("seed", range(4))
def test_numbers_equals_pattern_on_random_strings(seed):
    rng = random.Random(seed)
    hits = 0
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30)))
        for at in range(len(text)):
            hits += _same(text, at)
    assert hits > 1000  # the random strings do reach the branches


def test_numbers_equals_pattern_on_the_corpora():
    hits = 0
    for text in (
        corpus.build(per_type=60, near_miss_rounds=60, seed=7).text,
        tablecorpus.build(tables=60, seed=7).text,
    ):
        for m in TRIGGER.finditer(text):
            hits += _same(text, m.start()) + _same(text, m.start() + 1)
    assert hits > 500


def test_kinds():
    text = "身份证110101199003074518，手机13812345678，¥ 500，3号楼2单元501室"
    starts = [text.index(w) for w in ("1101", "1381", "¥", "3号楼")]
    got = [(KINDS[m.lastindex], m.group()) for m in (NUMBERS.match(text, a) for a in starts)]
    assert got == [
        ("num", "110101199003074518"),
        ("mobile", "13812345678"),
        ("money", "¥ 500"),
        ("addr", "3号楼2单元501室"),
    ]


def _walk(text):
    """The matches of PATTERN as the scanner found them before NUMBERS_IN_TEXT: at each
    TRIGGER hit not inside the last match, the hit and, after a sign, the run after it."""
    out, pos = [], 0
    for hit in TRIGGER.finditer(text):
        at, hit_end = hit.span()
        if at < pos:
            continue
        m = PATTERN.match(text, at)
        if m is None and not text[at].isalnum() and hit_end > at + 1:
            m = PATTERN.match(text, at + 1)  # the run after a sign
        if m is not None:
            out.append((m.lastgroup, m.span()))
            pos = max(m.end(), at + 1)
    return out


def _found(text):
    found = ((IN_TEXT_KINDS[m.lastindex], m.span()) for m in NUMBERS_IN_TEXT.finditer(text))
    return [f for f in found if f[0] != "local"]  # (test_local_numbers_in_pass.py)


@pytest.mark.parametrize("seed", range(4))
def test_numbers_in_text_equals_the_walk_over_trigger_hits(seed):
    rng = random.Random(100 + seed)
    hits = 0
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 60)))
        walk = _walk(text)
        assert _found(text) == walk, text
        hits += len(walk)
    assert hits > 1000


def test_numbers_in_text_on_the_corpora():
    for text in (
        corpus.build(per_type=60, near_miss_rounds=60, seed=8).text,
        tablecorpus.build(tables=60, seed=8).text,
    ):
        walk = _walk(text)
        assert len(walk) > 200
        assert _found(text) == walk
