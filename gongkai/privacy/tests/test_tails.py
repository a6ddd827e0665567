"""The window-end shortcuts give what the expressions they replace give (``tails``)."""

import random

import pytest

from gongkai.privacy.patterns import BEFORE_NAME, CLAUSE_TAIL
from gongkai.privacy.tails import before_name, clause_tail

# characters that matter to the expressions, and a few that do not
_PIECES = [
    *"张王欧阳李秀英明国华·",
    *"。；;！!？?\n，,、:：(（ \t\u3000",
    *"0a号的",
    "身份证",
    "公民",
    "号码",
    "号",
    "公民身份号码",
    "证件",
    "手机",
    "联系电话",
    "电话",
    "联系方式",
    "联系",
]


def _windows(seed, count):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))


def test_before_name_pattern_is_the_one_taken_apart():
    # tails.before_name reads this expression's parts; a change here must change it too
    assert BEFORE_NAME.pattern == (
        "([\u4e00-\u9fff·]{2,8}?)"
        r"[ \t\u3000,，、:：(（]*"
        r"(?:(?:公民)?身份证(?:号码|号)?|公民身份号码|证件号码?|手机(?:号码|号)?|联系电话|电话|联系方式)?"
        r"[ \t\u3000:：,，(（]*$"
    )


@pytest.mark.parametrize("seed", range(4))
def test_before_name_equals_the_expression(seed):
    hits = 0
    for window in _windows(seed, 5000):
        m = BEFORE_NAME.search(window)
        assert before_name(window) == (m.span(1) if m else None), window
        hits += m is not None
    assert hits > 500  # the random windows do reach the names


def test_before_name_examples():
    window = "户主张三，身份证号码："
    assert window[slice(*before_name(window))] == "户主张三"
    window = "联系人李秀英 手机\n"
    assert window[slice(*before_name(window))] == "联系人李秀英"
    assert before_name("，。") is None


def test_clause_tail_pattern_is_the_one_read():
    assert CLAUSE_TAIL.pattern == r"[^。；;！!？?\n，,]*$"


@pytest.mark.parametrize("seed", range(4))
def test_clause_tail_equals_the_expression(seed):
    rng = random.Random(seed)
    for window in _windows(seed + 10, 5000):
        text = "前文" + window + "0"
        start = 2 + len(window)
        lo = max(0, start - rng.randint(0, 16))
        assert clause_tail(text, lo, start) == CLAUSE_TAIL.search(text, lo, start).group(), (
            text,
            lo,
            start,
        )
