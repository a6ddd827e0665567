"""Words split between the alternation and str.find are found as the whole alternation
finds them (``literals``)."""

import random
import re

import pytest

from gongkai.privacy import literals
from gongkai.privacy.alternation import factor
from gongkai.privacy.expressions.lists import matcher

WORDS = ["、牢记使命", "、牢记", "政府信息公开条例", "政府", "不忘初心", "社会主义", "社会", "会主"]


def _whole(words, text):
    pattern = re.compile(factor([re.escape(w) for w in sorted(words, key=len)[::-1]]))
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("seed", range(5))
def test_split_search_equals_the_whole_alternation(seed):
    rng = random.Random(seed)
    pieces = [*WORDS, *"、政府牢记使命不忘初心社会主义的，", "信息", "公开条例"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        words = rng.sample(WORDS, rng.randint(1, len(WORDS)))
        pattern, common = literals.split(words)
        got = [(m.start(), m.group()) for m in literals.finditer(pattern, common, text)]
        assert got == _whole(words, text), (words, text)


def test_the_shipped_halves_are_split_and_found():
    m = matcher()
    assert "、牢记使命" in m.common_halves
    text = "坚持不忘初心、牢记使命，落实《中华人民共和国政府信息公开条例》"
    got = [(h.start(), h.group()) for h in literals.finditer(m.half_words, m.common_halves, text)]
    assert got == _whole(m.halves, text)
