"""A form's Word table flattened to tab-separated label and value cells (formpairs): the
values after persons' labels are names, the office's staff, units and a table's header
rows are left alone."""

import pytest

from gongkai.privacy.formpairs import form_pairs

from .spans import at, found, rid

ID1 = rid("43062119760312441")


def _values(text):
    return [text[s:e] for s, e, _k, _c in form_pairs(text)]


@pytest.mark.parametrize(
    ("label", "other"),
    [
        ("信访人", "性别\t男"),
        ("来访人姓名", "年龄\t63"),
        ("申请人", "民族\t汉族"),
        ("户主", "家庭人口\t4"),
        ("救助对象", "类别\t低保"),
    ],
)
def test_a_persons_label_and_its_value_on_a_four_cell_row(label, other):
    text = (
        "县信访局来访登记表\n"
        f"{label}\t龚海波\t{other}\n"
        f"身份证号码\t{ID1}\n"
        "现住址\t清河路12号3栋201室\n"
        "反映事项\t宅基地被占用，要求重新丈量\n"
        "经办人\t邹晓辉\t办公电话\t0731-84563321\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "龚海波") in got
    assert at(text, "name", "邹晓辉") not in got
    assert _values(text) == ["龚海波"]


def test_a_label_in_the_third_cell_and_a_co_petitioner_on_its_own_row():
    text = (
        "编号\t2026-041\t当事人\t宁雪梅\n"
        "共同申请人\t欧阳建平\n"
        "承办人\t柯文静\t承办单位\t县自然资源局\n"
        "委托代理人\t包国强\t联系电话\t13907315562\n"
    )
    assert _values(text) == ["宁雪梅", "欧阳建平", "包国强"]
    got = found(text, ["name"])
    for person in ("宁雪梅", "欧阳建平", "包国强"):
        assert at(text, "name", person) in got
    assert at(text, "name", "柯文静") not in got


@pytest.mark.parametrize(
    "text",
    [
        # a table's header row and its data rows: the cell after a person header is a header
        "申请人\t被申请人\t案由\n龚海波\t宁雪梅\t借款纠纷\n",
        # the label in a value's place (second cell): a table's row, not a form's pair
        "1\t申请人\t龚海波\n",
        # a unit, a company, a role, a staff label, a relative's column
        "申请人\t清河县宏远建材有限公司\n",
        "调解员\t龚海波\n",
        "经手人\t龚海波\n",
        "复查人\t龚海波\n",
        "联系人\t龚海波\t单位\t县住建局\n",
        "父亲\t龚海波\n",
        # words that are no name after a person's label
        "申请人\t本人\n",
        "申请人\t同上\n",
        # a list of roles and who holds them: no person's record around it
        "总监票人\t陆德胜\n计票人\t覃永康\n发言人\t蒙德才\n",
    ],
)
def test_no_pair_of_a_persons_label_and_a_name(text):
    assert _values(text) == []
