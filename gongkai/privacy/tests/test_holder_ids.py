"""A role's value is a person's name when the record goes on with that role's ID (issue 16)."""

from .spans import at, found, names

ID1 = "430726199012211407"
ID2 = "43072619920706809X"


def person_names(text):
    return found(text, ["name"])


def test_role_then_role_id_one_field_a_line():
    for role in ("负责人", "经营者", "联系人"):
        text = (
            "【1】登记编号：登字0001\n名称：某某加工坊\n"
            f"{role}：周海涛\n{role}身份证号码：{ID1}\n生产品种：茶叶\n\n"
            f"【2】登记编号：登字0002\n名称：某某米粉坊\n"
            f"{role}：欧阳春燕\n{role}身份证：{ID2}\n"
        )
        assert person_names(text) == names(text, "周海涛", "欧阳春燕"), role


def test_role_and_id_in_one_line_or_under_bare_id_label():
    text = f"经办人：周海涛；经办人公民身份号码：{ID1}；办理日期：2026-10-01"
    assert at(text, "name", "周海涛") in person_names(text)
    text = f"业主：周海涛\n身份证号：{ID1}\n"
    assert at(text, "name", "周海涛") in person_names(text)


def test_near_misses_roles_without_their_own_id():
    texts = [
        # an office's head acting in office: no ID of his
        "负责人：周海涛\n联系电话：0736-5330178\n审核人：李建华\n",
        # the ID is another role's (申请人), the record's 经办人 is the office's clerk
        f"登记表\n经办人：周海涛\n申请人身份证号：{ID1}\n",
        # the role's value is a unit, not a name
        f"负责人：某某镇人民政府\n负责人身份证：{ID1}\n",
    ]
    for text in texts:
        got = person_names(text)
        assert got == [], text
