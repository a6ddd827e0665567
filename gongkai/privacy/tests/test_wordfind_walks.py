"""``wordfind.word_starts`` gives what it stands for (privspeed26a)."""

from __future__ import annotations

import random
import re

from gongkai.privacy.wordfind import word_starts

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
