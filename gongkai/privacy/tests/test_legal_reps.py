"""A legal person's representative in a role cell or an export's key (``legalreps``,
privfix25c; README's eighteenth sitting): not marked, nor their other mentions; an
individual business's keeper and the row's other responsible persons stay names."""

from gongkai.privacy.tests.spans import at, found, rid

_ID1, _ID2 = rid("43052119790311403"), rid("43052119860705612")


def test_a_blacklists_role_cell_naming_the_representative():
    text = (
        "序号\t名称\t信用代码\t法定代表人\t姓名\t身份\t身份证号\t电话\n"
        "1\t邵阳恒盛土石方工程有限公司\t91430521MA4L2K3X1F\t龙振宇\t龙振宇\t法定代表人\t——\t——\n"
        f"\t\t\t\t邝春梅\t实际控制人\t{_ID1}\t13907391842\n"
        f"2\t隆回县某镇莫立新砖厂（个体工商户）\t92430524MA4L7Q2H0B\t——\t莫立新\t经营者\t{_ID2}\t15973921864\n"
    )
    got = found(text, ["name"])
    k = text.find("龙振宇")
    while k >= 0:
        assert ("name", k, k + 3) not in got, k
        k = text.find("龙振宇", k + 1)
    assert at(text, "name", "邝春梅") in got
    assert at(text, "name", "莫立新", text.index("\t——\t莫立新") + 1) in got


def test_an_exports_representatives_key():
    text = (
        '{"id":"A-1","fyrxm":"覃秀英","fyrsjh":"13877261940","bfyr":"广西桂顺建筑劳务有限公司",'
        '"bfyrfddbr":"黎志坚","xsnr":"拖欠工资"}\n'
        '{"id":"A-2","fyrxm":"韦国才","fyrsjh":"15907781236","bfyr":"个人",'
        '"bfyrxm":"蒙光辉","xsnr":"包工头拖欠"}\n'
    )
    got = found(text, ["name"])
    assert not [g for g in got if text[g[1] : g[2]] == "黎志坚"]
    for person in ("覃秀英", "韦国才", "蒙光辉"):
        assert at(text, "name", person) in got, person
