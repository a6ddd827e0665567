"""A legal person's row in a register headed by a 法定代表人 column: the representative, the
body's seat under a plain address header and a contact given with a landline only are the
body's; an individual business's row and a contact with a mobile keep their persons
(privfix26c, legalrows)."""

from .spans import at, found

TABLE = (
    "序号,采矿权人,法定代表人,开采矿种,企业联系人,联系电话,联系地址\n"
    "1,青川县宏远建材有限公司,欧阳志坚,石灰岩,蒋翠萍,13982571406,青川县乔庄镇滨河路26号\n"
    "2,青川县白龙石业专业合作社,邓德贵,大理石,周明芳,0839-7202316,青川县木鱼镇木鱼街8号\n"
    "3,个体工商户：青川县沙州镇采石点,,建筑石料,罗建平,15908392261,青川县沙州镇正街41号3单元5楼\n"
)


def test_a_companys_representative_seat_and_landline_contact_are_the_companys():
    got = found(TABLE, {"name", "address"})
    for piece in ("欧阳志坚", "邓德贵", "周明芳"):
        assert at(TABLE, "name", piece) not in got
    assert at(TABLE, "address", "青川县乔庄镇滨河路26号") not in got
    assert at(TABLE, "address", "青川县木鱼镇木鱼街8号") not in got


def test_contacts_with_a_mobile_and_an_individual_businesss_row_are_persons():
    got = found(TABLE, {"name", "mobile"})
    assert at(TABLE, "name", "蒋翠萍") in got
    assert at(TABLE, "name", "罗建平") in got
    assert at(TABLE, "mobile", "13982571406") in got


def test_a_representatives_other_mention_is_left_too():
    text = TABLE + "注：欧阳志坚已于公示期内提交承诺书。举报人罗建平，电话15908392261。\n"
    got = found(text, {"name"})
    assert not [g for g in got if text[g[1] : g[2]] == "欧阳志坚"]
