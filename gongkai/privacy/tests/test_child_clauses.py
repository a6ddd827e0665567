"""A child named in a complaint by its relation word: the name ends before what befell
it ("孩子X发热…"), and a clause of time closing on the word ("接孩子时才发现") names
nobody, 时 being a surname elsewhere (privfix19g)."""

from .spans import found, names


def test_what_befell_the_child_ends_its_name():
    text = "投诉人反映托育点保健员无资质，孩子秦沐阳发烧39℃时机构未及时告知。"
    assert found(text, {"name"}) == names(text, "秦沐阳")


def test_a_clause_of_time_after_the_relation_word_names_nobody():
    text = "当天下午一直无人告知，家长傍晚接孩子时才发现手臂淤青，送孩子时就已说明过敏。"
    assert found(text, {"name"}) == []
    text = "孩子时晓雯在园内摔伤，家长要求赔偿。"
    assert found(text, {"name"}) == names(text, "时晓雯")
