"""Issue 16 (privfix27c): a 全国学籍号 printed as G and a resident ID in groups of six, eight
and four; the ID's 18 characters are marked, the letter outside (README, privfix17b).
Near misses: an invalid ID after the letter, a grouped number without a 学籍 field."""

from __future__ import annotations

from gongkai.privacy.validators import is_resident_id

from .spans import at, found

VALID = "450102 20090315 0025"
BAD = "450102 20090315 0027"


def test_fixture_numbers():
    assert is_resident_id(VALID.replace(" ", ""))
    assert not is_resident_id(BAD.replace(" ", ""))


def test_a_grouped_id_after_the_letter():
    text = f"姓名：覃思琪\n学籍号：G{VALID}\n就读学校：某县第一中学\n"
    assert at(text, "id_card", VALID) in found(text, ("id_card",))


def test_an_invalid_id_stays_unmarked():
    text = f"姓名：覃思琪\n学籍号：G{BAD}\n"
    assert found(text, ("id_card",)) == []
