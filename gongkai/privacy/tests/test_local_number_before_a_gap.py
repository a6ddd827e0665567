"""A local number (7–8 digits) closing its cell in columns aligned with spaces is read even
when the next cell opens with a word of a count or a date (年满70岁, 月底返回): only a unit
written right after the number (one space at most: "2000 元", "1955 年") makes it an amount
(numbers.LOCAL_REST, privfix22c)."""

from .spans import at, found

ROSTER = (
    " 序号  姓名      公民身份号码          联系电话       备注\n"
    " 1     林国祥    350582195503319174    85821736       年满70岁，家属陪同\n"
    " 2     吴秀兰    350583197510026949    13706079435\n"
)

AMOUNT = "补助资金合计：2850000 元，已于3月拨付。\n"


def test_a_local_number_before_a_gap_and_a_count_word_is_found():
    assert at(ROSTER, "landline", "85821736") in found(ROSTER, ["landline"])


def test_an_amount_with_its_unit_after_one_space_is_no_number():
    assert not found(AMOUNT, ["landline"])
