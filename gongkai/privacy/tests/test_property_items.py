"""A household's house in its numbered item of an expropriation or resettlement notice
(``propertyitems``): the owners at the item's head and the house under its label."""

from .spans import at, found, names, rid


def _spans(text, kinds=("name", "address")):
    return sorted(found(text, kinds), key=lambda s: s[1])


def test_owner_and_house_in_a_bracket_each_numbering():
    for number in ("01．", "1. ", "（一）", "一、", "①", "第3号 "):
        text = (
            "安置房选房顺序公告如下：\n"
            f"{number}钱秀英（被征收房屋：青山县东关街道南门街48号附3号，签约日期2026年3月2日）"
            "顺序号：001\n"
        )
        assert _spans(text) == [
            at(text, "name", "钱秀英"),
            at(text, "address", "青山县东关街道南门街48号附3号"),
        ], number


def test_several_owners_a_household_and_other_label_words():
    text = (
        "一、孔德明、谢玉兰，房屋坐落：柳河镇石桥村3组15号，补偿金额36.5万元。\n"
        "二、苗建平户，被拆迁房屋位于江城区滨河路8号2栋301室，已签约。\n"
        "三、被征收人：尹小红；房屋地址：西岭乡枫林村五组22号\n"
    )
    assert _spans(text) == [
        *names(text, "孔德明", "谢玉兰"),
        at(text, "address", "柳河镇石桥村3组15号"),
        at(text, "name", "苗建平"),
        at(text, "address", "江城区滨河路8号2栋301室"),
        at(text, "name", "尹小红"),
        at(text, "address", "西岭乡枫林村五组22号"),
    ]


def test_near_misses_are_left_alone():
    text = (
        "1．县机关事务中心（办公用房：青山县东关街道人民路2号）\n"
        "2．本项目被征收房屋位于青山县东关街道南门街，共计48户。\n"
        "3．征收范围内房屋坐落：东关街道南门街以东、北环路以南。\n"
        "4．选房地点：青山县东关街道振兴路6号县体育馆。\n"
        "5．房屋征收部门：青山县房屋征收与补偿中心，地址：青山县人民路18号。\n"
        "6．华兴建材有限公司（被征收房屋：青山县工业园区纬二路9号）\n"
        "7．宅基地位于石桥村3组，面积120平方米。\n"
    )
    assert _spans(text) == []


def test_a_service_certificates_place_is_the_served_persons():
    for gap in ("　　代收人：廖春梅（与受送达人关系：母子）\n", "\n送达文书：处理决定书\n"):
        text = f"送达回证\n受送达人：蒙秀华{gap}送达地点：江安县城南街道竹海路86号\n"
        assert at(text, "address", "江安县城南街道竹海路86号") in found(text, ["address"])
    for party in ("宜宾金河钢构有限公司", "叙州区南岸街道办事处"):
        text = f"送达回证\n受送达人：{party}\n送达地点：江安县城南街道竹海路86号\n"
        assert found(text, ["address"]) == [], party


def test_a_domicile_column_under_other_header_words():
    for header in ("最后住所", "经常居住地", "送达住所"):
        text = (
            f"序号\n受送达人\n公民身份号码\n{header}\n"
            f"1\n彭志远\n{rid('36073119730913821')}\n兴国县长冈乡红军路31号\n"
            f"2\n龙昌\n{rid('36073119680709027')}\n兴国县潋江镇文昌路9号\n"
        )
        got = found(text, ["address"])
        assert got == [
            at(text, "address", "兴国县长冈乡红军路31号"),
            at(text, "address", "兴国县潋江镇文昌路9号"),
        ], header


def test_a_service_certificate_under_the_signature_keeps_its_persons_phone():
    head = "当事人如不服本决定，可申请行政复议。\n\n江安县住房公积金管理部\n2026年11月9日\n"
    text = (
        head + "\n送达回证\n受送达人：蒙秀华　　代收人：廖春梅（与受送达人关系：母女）"
        "　　代收人电话：0831 6270963\n送达地点：江安县城南街道竹海路86号\n"
    )
    got = found(text, ["landline", "address"])
    assert at(text, "landline", "0831 6270963") in got
    assert at(text, "address", "江安县城南街道竹海路86号") in got
    text = head + "联系电话：0831-2043904　地址：江安县竹都大道18号\n"
    assert found(text, ["landline", "address"]) == []
