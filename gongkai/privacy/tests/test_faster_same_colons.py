"""The name passes' shared colons and the guarded compound surnames give what the
searches they replace gave (issue 16, speed: ``wordfind.colons``, ``enumerations``)."""

from __future__ import annotations

import random
import re

import pytest

from gongkai.privacy import blocks, enumerations, pertext, scan_text, wordfind
from gongkai.privacy import validators as v

PIECES = [*"：:姓名户主人员属张三李四、，\n 　", "欧阳", "司马", "上官", "家庭成员", "共同居住人"]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))


@pytest.mark.parametrize("seed", range(3))
def test_colons_are_every_sign_of_the_text_asked(seed):
    rng = random.Random(seed)
    for _ in range(500):
        text = _text(rng)
        full, half = wordfind.colons(text)
        assert full == [m.start() for m in re.finditer("：", text)]
        assert half == [m.start() for m in re.finditer(":", text)]
        # another text of the same length is not answered with the last one's colons
        other = text[::-1]
        assert wordfind.colons(other) == (
            [m.start() for m in re.finditer("：", other)],
            [m.start() for m in re.finditer(":", other)],
        )
    pertext.forget()


def test_a_scan_keeps_no_text_after_it():
    scan_text("姓名：张三\n户主：李四\n联系人：王五 13812345678")
    assert pertext.holding() == 0


def _labels_at_every_sign(text: str) -> list:
    out: list = []
    for sign in ("：", ":"):
        i = text.find(sign)
        while i >= 0:
            blocks._label_at(text, i, out)
            i = text.find(sign, i + 1)
    return out


@pytest.mark.parametrize("seed", range(3))
def test_labels_tested_before_the_call_as_at_every_sign(seed):
    rng = random.Random(seed)
    for _ in range(1500):
        text = _text(rng)
        out: list = []
        blocks._labels(text, out)
        pertext.forget()
        assert out == _labels_at_every_sign(text), text


def test_labels_of_persons_still_found():
    text = "户主：张建国\n家庭成员：李秀英、张小明\n姓　名：欧阳晨"
    out: list = []
    blocks._labels(text, out)
    pertext.forget()
    assert out == _labels_at_every_sign(text)
    assert "张建国" in [text[s:e] for s, e, _k, _c in out]


_UNGUARDED = re.compile(
    f"、(?=[{enumerations._SURNAME_CHARS}](?:[{enumerations._GIVEN_CLASS}]{{2}}"
    f"|[\u4e00-\u9fff]{{1,2}}(?:[、，,。；;：:（(\\s]|$))"
    f"|{'|'.join(sorted(v.COMPOUND_SURNAMES))}|[\u4e00-\u9fff]{{2,6}}+·)"
)


@pytest.mark.parametrize("seed", range(3))
def test_compound_surnames_guarded_as_unguarded(seed):
    rng = random.Random(seed)
    pieces = [*sorted(v.COMPOUND_SURNAMES), *"、、、，。·张王晨明县镇 \n", "买买提·艾力"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        got = enumerations._surname_after(text)  # (transliterated names from their dots)
        assert got == [m.start() for m in _UNGUARDED.finditer(text)], text
