"""关爱, 关照 after a cue for a person (老人关爱台账, 儿童关照名单) are words, no names;
a person of surname 关 with a given name of two characters stays a name."""

from .spans import found, names

TITLES = "城关街道独居老人关爱台账（公开版）\n留守儿童关照名单\n"
PERSON = "独居老人关爱华反映屋顶漏雨。"


def test_care_words_in_titles_no_names():
    assert found(TITLES, ["name"]) == []


def test_surname_guan_person_found():
    assert found(PERSON, ["name"]) == names(PERSON, "关爱华")
