"""Words found by one of their characters give what ``str.find`` / ``in`` and the
regular expressions they replace gave (``wordfind.find_by``, ``itemnames._spans``)."""

from __future__ import annotations

import random
import re

import pytest

from gongkai.privacy import itemnames
from gongkai.privacy.wordfind import find_by, has_word

WORDS = ("</", "/>", '","', '":', "自然人", "你（及", "授予", "事故", "台胞证", "通行证", "款人")
PIECES = [*WORDS, *'<>/",:自然人你（及(授予事故台胞证通行款员办的、', "然人", "自然", "台胞"]


@pytest.mark.parametrize("seed", range(3))
def test_find_by_any_character_equals_str_find(seed):
    rng = random.Random(seed)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14)))
        word = rng.choice(WORDS)
        pos = rng.randint(0, len(text) + 2)
        for at in range(len(word)):
            assert find_by(text, word, at, pos) == text.find(word, pos), (text, word, at, pos)
            assert has_word(text, word, at) is (word in text)


def test_find_by_walks_every_occurrence_as_str_find():
    text = "自然人\t张三\n自然自然人|李四\n个人,自然人"
    found, k = [], find_by(text, "自然人", 1)
    while k >= 0:
        found.append(k)
        k = find_by(text, "自然人", 1, k + 1)
    assert found == [m.start() for m in re.finditer("自然人", text)] == [0, 9, 19]
    assert find_by("", "事故", 1) == -1 and not has_word("故事", "事故", 1)


@pytest.mark.parametrize("words", [itemnames._DASHES, itemnames._CLOSE_LABEL])
def test_spans_equal_each_words_regex(words):
    rng = random.Random(7)
    pieces = [*words, *"—－-)）人(（：甲", "---", "——", "－－－"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        want = [m.span() for w in words for m in re.finditer(re.escape(w), text)]
        assert list(itemnames._spans(text, words)) == want, text
