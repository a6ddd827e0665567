"""A row's subject (ownercells.subject_cell) gives way to a private person's column read by
its content (issue 16, privfix16rd): a found person's name in a cell between the unit's
name column and the number's generic contact column, under a header naming none of the
unit's representatives (whatever its word: 服务对象, 受助学生 …), makes the row's
later cells that person's. A representative's column (负责人, 户主) between keeps the
unit's line the unit's."""

from .spans import at, found


def _id(body: str) -> str:
    """A resident ID with its check sign (GB 11643)."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


ID1, ID2 = _id("36072919660212402"), _id("36072919780506131")

# a tab table: a health team's row per resident it serves, the resident's home line in the
# contact column
TAB = (
    "服务组名称\t组长\t服务对象\t性别\t身份证号\t联系电话\t住址\n"
    f"龙塘镇卫生院第三服务分队\t曾德华\t廖春生\t男\t{ID1}\t0797-4218036\t定南县龙塘镇左拔村6组8号\n"
)
# a tab roster of farms: the unit's head between, the farm's line
FARMS = (
    "经营主体名称\t负责人\t身份证号码\t联系电话\n"
    f"定南县岭北生态茶叶专业合作社\t钟国平\t{ID2}\t0797-4213357\n"
)


def test_a_person_column_by_its_name_not_its_header_word():
    assert at(TAB, "landline", "0797-4218036") in found(TAB, ["landline"])


def test_the_units_representative_between_keeps_the_units_line():
    assert at(FARMS, "landline", "0797-4213357") not in found(FARMS, ["landline"])
