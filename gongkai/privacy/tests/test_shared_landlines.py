"""A landline recurring over rows of different persons is a unit's, in every table layout
(``unitcontacts._repeated``); each row's own home number is kept, and a household's one
number is kept under a column headed as a home's (``homephones``)."""

from .spans import found

UNIT = "0593-6287150"
OWN = ("0593-6214471", "0593-6230958", "0593-6255102")

TSV = (
    "序号\t姓名\t身份证号\t住址\t联系电话\n"
    f"1\t任秀芝\t350921195003124526\t宁溪县城关镇北门路12号\t{OWN[0]}\n"
    f"2\t郝德顺\t350921194805213317\t宁溪县城关镇南街巷7号\t{UNIT}\n"
    f"3\t谷春兰\t350921195211080027\t宁溪县溪口乡上洋村45号\t{OWN[1]}\n"
    f"4\t龚建华\t350921196107150418\t宁溪县溪口乡下洋村8号\t{UNIT}\n"
    f"5\t巫美玉\t350921195809236620\t宁溪县城关镇东门路3号\t{OWN[2]}\n"
)
LAYOUTS = (TSV, TSV.replace("\t", " | "), TSV.replace("\t", ","))

# one family member by member under a home's column: one number, kept in every row
HOUSEHOLD = (
    "序号\t姓名\t关系\t住址\t家庭电话\n"
    "1\t任秀芝\t户主\t宁溪县城关镇北门路12号\t0593-6281234\n"
    "2\t郝德顺\t配偶\t宁溪县城关镇北门路12号\t0593-6281234\n"
    "3\t谷春兰\t户主\t宁溪县溪口乡上洋村45号\t0593-6230958\n"
)


def _landlines(text):
    return [text[s:e] for _k, s, e in found(text, {"landline"})]


def test_a_number_over_rows_of_different_persons_is_the_units_in_every_layout():
    for text in LAYOUTS:
        assert _landlines(text) == list(OWN)


def test_each_rows_own_number_is_kept_when_none_recurs():
    text = TSV.replace(UNIT, "0593-6277310", 1).replace(UNIT, "0593-6277415", 1)
    assert _landlines(text) == [OWN[0], "0593-6277310", OWN[1], "0593-6277415", OWN[2]]


def test_a_households_number_under_a_home_column_is_kept():
    assert _landlines(HOUSEHOLD) == ["0593-6281234", "0593-6281234", "0593-6230958"]
