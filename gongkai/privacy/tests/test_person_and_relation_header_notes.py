"""A header naming a person then another field, with a note in the person's part
("申请人（继承人）及关系", "代领人（监护人）及关系"): its cells hold persons and their relation,
the first name of a cell included (officenames)."""

from .spans import found, heldout

MARKED = """| 序号 | 被继承人 | 遗产 | 申请人（继承人）及关系 | 联系电话 |
|---|---|---|---|---|
| 1 | ⟦name:焦德厚⟧ | 房屋一处 | ⟦name:焦文军⟧（长子）、⟦name:焦文丽⟧（女儿） | ⟦mobile:13957731128⟧ |
| 2 | ⟦name:窦秀英⟧ | 银行存款 | ⟦name:苗振华⟧（儿子） | ⟦mobile:13957734416⟧ |
"""

# a header of another field alone still holds no persons
OTHER = """| 序号 | 姓名 | 性别 | 与户主关系 |
|---|---|---|---|
| 1 | ⟦name:廉春梅⟧ | 女 | 妻子 |
"""


def test_the_persons_under_a_noted_person_and_relation_header():
    for marked in (MARKED, OTHER):
        doc = heldout().parse("fixture.txt", marked)
        got = found(doc.text, ["name"])
        assert sorted(got) == sorted(("name", s, e) for s, e, k in doc.labels if k == "name")
