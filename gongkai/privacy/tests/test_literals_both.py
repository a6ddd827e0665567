"""Two alternations of words searched in one scan (``literals.both``) give what each
gives searched on its own: ``finditer`` of the first, and ``literals.finditer`` of the
second with the words it finds with ``str.find``."""

import random
import re

import pytest

from gongkai.privacy import literals
from gongkai.privacy.alternation import factor
from gongkai.privacy.expressions.lists import matcher

FIRST = ["国土资源部", "国土", "习近平", "李强", "台湾总统", "两学一作", "主义", "社会主意"]
SECOND = ["、牢记使命", "、牢记", "政府信息公开条例", "不忘初心", "社会主义", "社会", "会主", "主"]


def _branches(words):
    return [re.escape(w) for w in sorted(words, key=len)[::-1]]


# 3,000 random cases per seed, bound by compiling their patterns (about 3 s each): one seed
# in the edit-test loop, all five in `make test`.
@pytest.mark.parametrize(
    "seed", [0, *(pytest.param(seed, marks=pytest.mark.slow) for seed in range(1, 5))]
)
def test_one_scan_equals_the_two_searches(seed):
    rng = random.Random(seed)
    pieces = [*FIRST, *SECOND, *"、政府牢记使命不忘初心社会主义国土习李的，", "信息", "公开条例"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        first = rng.sample(FIRST, rng.randint(1, len(FIRST)))
        second = rng.sample(SECOND, rng.randint(1, len(SECOND)))
        rare, common = literals.split(second)
        rare_branches = [b for b in _branches(second) if b[:1] not in literals.COMMON_FIRST]
        if rare is None:
            continue
        pattern, groups = literals.both(_branches(first), rare_branches)
        firsts, seconds = literals.found(pattern, groups, text)
        alone = re.compile(factor(_branches(first)))
        assert literals.non_overlapping(firsts) == [m.span() for m in alone.finditer(text)]
        got = [(h.start(), h.group()) for h in literals.finditer_found(seconds, common, text)]
        want = [(h.start(), h.group()) for h in literals.finditer(rare, common, text)]
        assert got == want, (first, second, text)


def test_the_wording_check_searches_once():
    m = matcher()
    assert m.both is not None  # the shipped lists have words and rarer halves
    text = "坚持不忘初心、牢记使命，国土资源部按《中华人民共和国政府信息公开条例》中国特色社会主意"
    firsts, seconds = literals.found(*m.both, text)
    assert [text[a:b] for a, b in literals.non_overlapping(firsts)] == [
        x.group() for x in m.words.finditer(text)
    ]
    assert [
        (h.start(), h.group()) for h in literals.finditer_found(seconds, m.common_halves, text)
    ] == [(h.start(), h.group()) for h in literals.finditer(m.half_words, m.common_halves, text)]
    assert [f.type for f in m.check(text)] == ["outdated", "formulation"]
