"""The one search for the cue words (``cueindex``) answers ``word in text`` as ``in`` does,
overlapping words too (a word inside another, one running past another's end), and the
tests of the passes ask it about the words it lists."""

from __future__ import annotations

import ast
import random
from pathlib import Path

import pytest

from gongkai.privacy import cueindex
from gongkai.privacy.cueindex import CUE_WORDS, INDEXED, LONG, Cues
from gongkai.privacy.pertext import forget
from gongkai.privacy.wordfind import has_any_by, has_word

# overlapping words of the list (律师事务所 ⊃ 律师, 务所; 职务 + 务所; 伙同 + 同胞; 姓名 + 名册 …)
PIECES = [
    *CUE_WORDS,
    *'律师事务所职伙同胞姓名册下监巡考评员卷内地变更前后,"\t:</>的人、',
    "姓名册",
    "职务所",
    "伙同胞",
    "卷内地",
    "监考评员",
]


@pytest.mark.parametrize("seed", range(4))
def test_cues_held_as_in(seed):
    rng = random.Random(seed)
    for _ in range(400):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        found = Cues(text)
        for word in INDEXED:
            if word in found.held:
                assert word in text, (text, word)
            elif word not in found.unsure:
                assert word not in text, (text, word)


@pytest.mark.parametrize("seed", range(2))
def test_has_word_on_a_long_text_as_in(seed):
    rng = random.Random(seed)
    filler = "根据工作安排，现将有关事项通知如下。\n" * (LONG // 18 + 1)
    for _ in range(30):
        text = filler + "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
        for word in INDEXED:
            assert has_word(text, word, len(word) - 1) is (word in text), word
        assert has_any_by(text, "考", ("监考", "巡考", "考评员")) is any(
            w in text for w in ("监考", "巡考", "考评员")
        )
        forget()


def test_the_words_written_in_the_passes_tests_are_listed():
    """Every word written in a ``has_word`` call of the package is one ``cueindex`` lists
    (one it does not is still answered right, by its own walk of the text)."""
    root = Path(cueindex.__file__).parent
    written = set()
    for path in root.rglob("*.py"):
        if "tests" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "has_word"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                written.add(node.args[1].value)
    assert written - INDEXED == set()
