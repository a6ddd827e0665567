"""The local numbers (seven or eight digits alone, ``numbers.LOCAL_NUMBER``) that the
scanner's number pass collects for ``localphones`` are those a search of their own finds:
at the starts the pass tries, inside its other matches and at their starts."""

from __future__ import annotations

import random

import pytest

from gongkai.privacy import corpus, scanner, tablecorpus
from gongkai.privacy.numbers import LOCAL_NUMBER

# what decides a local number and the numbers around it
_PIECES = [
    *"0123456789" * 8,
    *"23456789" * 4,
    *"ABEGx -/.,*+()（）〔〕[]【】￥¥，\t\n\u3000",
    *"号栋室元万年月日人户岁转备证的电话",
    "ICP",
    "0431",
    "010 ",
    "（0431）",
    "平方",
    "公斤",
    "7461538",
    "83610000",
    "20010203",
]


def _collected(text):
    ctx = scanner._Context(text, [])
    scanner._candidates(ctx)
    return ctx.local_numbers


def _searched(text):
    return [m.span() for m in LOCAL_NUMBER.finditer(text)]


@pytest.mark.parametrize("seed", range(4))
def test_collected_equal_searched_on_random_strings(seed):
    rng = random.Random(1600 + seed)
    found = 0
    for _ in range(2500):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40)))
        spans = _searched(text)
        assert _collected(text) == spans, text
        found += len(spans)
    assert found > 200  # the random strings hold local numbers


def test_collected_inside_other_numbers():
    # an area code and a space, a sign of money, an ID's middle group, a site record,
    # an amount with a tab before its unit: the pass matches another number there first
    for text in (
        "电话：0431 83610000",
        "（0431） 83610000",
        "￥7461538",
        "身份证 350321 20010203 123X",
        "ICP备22345678",
        "共 7461538\t元",
    ):
        spans = _searched(text)
        assert spans, text
        assert _collected(text) == spans, text


def test_collected_equal_searched_on_the_corpora():
    for text in (
        tablecorpus.build(tables=60, seed=9).text,
        corpus.build(per_type=60, near_miss_rounds=60, seed=9).text,
    ):
        spans = _searched(text)
        assert _collected(text) == spans
    assert len(spans) > 20  # (the tables hold few)
