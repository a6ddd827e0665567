"""Contacts that are a unit's or a shared place's by the layout they stand in (unitcontacts)."""

import pytest

from .spans import at, found, rid

KINDS = {"landline", "address", "email"}


# -- a landline repeated in the records of different persons: the institution's --------


def test_a_firms_number_in_each_lawyers_record_one_cell_a_line():
    text = (
        "序号\n姓名\n执业机构\n所内电话\n手机\n"
        "1\n邓海涛\n江西明正律师事务所\n0794-6230118\n13970412236\n"
        "2\n柯文静\n明正律师事务所\n（0794）6230118\n18979421577\n"
        "3\n范国梁\n江西昌平律师事务所\n0794 6251903\n15170640021\n"
    )
    got = found(text, KINDS | {"mobile"})
    assert ("landline", *at(text, "landline", "0794-6230118")[1:]) not in got
    assert at(text, "landline", "（0794）6230118") not in got
    assert at(text, "mobile", "13970412236") in got


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_clinics_number_repeated_over_patients_rows(sep):
    rows = [
        ["序号", "姓名", "身份证号", "签约机构", "联系电话"],
        ["1", "龚玉兰", rid("36073019560312402"), "梅江镇卫生院", "0797-6832201"],
        ["2", "石德明", rid("36073019480707301"), "梅江镇卫生院", "0797-6832201"],
        ["3", "倪秀英", rid("36073019520113402"), "长胜镇卫生院", "0797 6712233"],
    ]
    text = "\n".join(sep.join(r) for r in rows) + "\n"
    assert [f for f in found(text, {"landline"})] == [at(text, "landline", "0797 6712233")]


def test_one_persons_number_written_twice_stays_theirs():
    text = (
        "申请人蒋慧芳，联系电话0731-84512276，身份证号"
        f"{rid('43010219700101302')}。\n经核实，蒋慧芳家中电话0731-84512276无人接听。"
    )
    got = found(text, {"landline"})
    assert at(text, "landline", "0731-84512276") in got
    assert len(got) == 2


# -- a business's place -------------------------------------------------------------


def test_a_business_address_column_is_no_persons_address():
    text = (
        "序号\t纳税人名称\t业主姓名\t生产经营地址\t联系电话\n"
        "1\t汇丰县刘记粮油店\t刘春生\t汇丰县城关镇解放路88号\t13907412345\n"
        "2\t汇丰县王家餐馆\t王小梅\t汇丰县城关镇人民路12号\t0731-86012345\n"
    )
    assert found(text, {"address"}) == []


@pytest.mark.parametrize("label", ["经营场所：", "营业地址：", "注册地址为", "门店地址:"])
def test_a_business_place_in_prose(label):
    text = f"个体工商户“丰收农资店”，经营者李国富，{label}青山县河口镇新街42号。"
    assert found(text, {"address"}) == []


def test_a_persons_residence_beside_a_business_stays():
    text = "经营者李国富，经营场所：青山县河口镇新街42号，住址：青山县河口镇红旗村3组17号。"
    assert found(text, {"address"}) == [at(text, "address", "青山县河口镇红旗村3组17号")]


# -- a bare village group in a list of households -------------------------------------


@pytest.mark.parametrize("label", ["住址", "家庭住址", "户籍地"])
def test_village_groups_in_numbered_household_records_are_places(label):
    text = (
        f"1. 石溪村　吴建国户，{label}：七星街道石溪村一组，电话 88428055。\n"
        f"2. 石溪村　陈素珍户，{label}：七星街道石溪村上横路54号。\n"
        f"3. 南山村　袁敏户，{label}：儒岙镇南山村三组。\n"
    )
    assert found(text, {"address"}) == [at(text, "address", "七星街道石溪村上横路54号")]


def test_a_single_persons_village_group_is_a_place_its_house_an_address():
    # (privfix18a: a bare village group is a place even after a residence label)
    text = "申请人周德宝，现住址：白鹤镇青龙村6组。"
    assert found(text, {"address"}) == []
    house = "申请人周德宝，现住址：白鹤镇青龙村6组31号。"
    assert found(house, {"address"}) == [at(house, "address", "白鹤镇青龙村6组31号")]


# -- a unit's channel in brackets -----------------------------------------------------


def test_a_units_channel_opened_in_brackets():
    text = (
        "如有异议，请向县文明办反映（县文明办0575-86035712；来信地址新昌县鼓山西路2号"
        "县委大院3号楼412室；邮箱xcwmb@126.com）。"
    )
    assert found(text, KINDS) == []


@pytest.mark.parametrize("phone", ["0743-4221365", "(0743)4221365", "0743 4221365"])
def test_a_units_contacts_in_brackets_after_it(phone):
    text = f"注：集中供养孤儿由县儿童福利院（泸溪县白沙镇沅江路18号，电话{phone}）代管。"
    assert found(text, KINDS) == []


def test_a_persons_contacts_in_brackets_stay():
    text = "原第5户业主肖立新已委托其子杨桂英（手机19936480609，邮箱luofq26@qq.com）代为办理。"
    assert found(text, {"email"}) == [at(text, "email", "luofq26@qq.com")]
    text = "联系人张晓燕（县人民医院护士，电话0743-4221300）"
    assert found(text, {"landline"}) == [at(text, "landline", "0743-4221300")]


# -- a line whose subject is a unit ---------------------------------------------------


def test_a_directorys_rows_of_towns_and_clinics():
    text = (
        "  乡镇　　　　　地址　　　　　　　　　　　电话\n"
        "  古市镇　　　　松阳县古市镇府前路2号　　　0578-8111020\n"
        "  大东坝镇　　　松阳县大东坝镇六村1号　　　8151066（本地拨打）\n"
        "  西屏街道社区卫生服务中心（家庭医生签约）0578-8072211\n"
    )
    assert found(text, KINDS) == []


@pytest.mark.parametrize("party", ["被投诉人", "被举报单位", "当事人"])
def test_a_party_that_is_a_unit(party):
    text = f"{party}：盐湖区惠民药房（统一社会信用代码91140802K9M5792K3R），联系电话0359 2319065\n"
    assert found(text, {"landline"}) == []


def test_a_person_party_keeps_the_number():
    text = "投诉人：丁建华，联系电话0359-7461538\n被投诉人：盐湖区惠民药房，联系电话0359-2319065\n"
    assert found(text, {"landline"}) == [at(text, "landline", "0359-7461538")]


def test_a_town_cell_before_a_persons_name_keeps_the_row():
    text = "乡镇\t姓名\t电话\n浦市镇\t赖远航\t0743-4626850\n合水镇\t宋凤琴\t0743-7004660\n"
    assert found(text, {"landline"}) == [
        at(text, "landline", "0743-4626850"),
        at(text, "landline", "0743-7004660"),
    ]


# -- a person's own number or mailbox beside a unit's word ----------------------------


@pytest.mark.parametrize("sep", ["　", "、", "，", " / ", "或"])
def test_a_contacts_work_landline_after_their_mobile_stays(sep):
    text = f"紧急联系人：邹素珍（儿子）\n联系人电话：18204700110{sep}0755-22431761（单位）\n"
    assert found(text, {"landline"}) == [at(text, "landline", "0755-22431761")]


def test_a_number_noted_a_units_alone_is_the_units():
    text = "序号\n姓名\n用工单位\n联系电话\n1\n包金山\n旗第一中学\n0482-6520118（单位）\n"
    assert found(text, {"landline"}) == []


@pytest.mark.parametrize("header", ["所在单位", "工作单位", "单位名称"])
def test_an_employer_column_after_the_number_keeps_it_the_persons(header):
    text = (
        f"| 序号 | 姓名 | 联系电话 | {header} |\n|:---:|---|---|---|\n"
        "| 1 | 马金凤 | 028-43989552 | 雁江区人民医院 |\n"
        "| 2 | 顾志强 | (028)39715023 | 四川资南建工集团 |\n"
    )
    assert found(text, {"landline"}) == [
        at(text, "landline", "028-43989552"),
        at(text, "landline", "(028)39715023"),
    ]


def test_a_unit_column_after_the_number_keeps_it_the_units():
    text = "序号\t姓名\t联系电话\t供养机构\n1\t石德明\t0932-2218405\t县社会福利院\n"
    assert found(text, {"landline"}) == []


# -- a school's mailbox that is a person's own ----------------------------------------


@pytest.mark.parametrize(
    "box", ["huxiaoyan96@zzu.edu.cn", "li.ming@hnu.edu.cn", "wangjh18@caas.org.cn"]
)
def test_a_mailbox_closing_a_persons_record_is_theirs(box):
    text = (
        f"　　7号候选人：姚红霞，女，53岁，中共党员，业主。联系电话0371-53153566，电子邮箱{box}。\n"
    )
    assert found(text, {"email"}) == [at(text, "email", box)]


def test_a_note_saying_the_person_agreed_keeps_the_mailbox():
    text = "邮箱：huxiaoyan96@zzu.edu.cn（单位邮箱，本人同意公开）"
    assert found(text, {"email"}) == [at(text, "email", "huxiaoyan96@zzu.edu.cn")]


@pytest.mark.parametrize(
    "text",
    [
        "县实验小学（校长信箱）　syxsyxx@zjsy.edu.cn\n",
        "学校招生办，联系电话0371-53153500，邮箱zsb2024@zzu.edu.cn。\n",
        "王老师，男，负责报名，邮箱xxgk@zzu.edu.cn。\n",
    ],
)
def test_school_mailboxes_stay_the_schools(text):
    assert found(text, {"email"}) == []


# -- a local number under a label that gives phones in other records ------------------


def test_local_numbers_under_a_label_that_gives_phones():
    text = (
        "（4）袁丽萍　捐款300.00元　票据寄送：zhuchanglin10@126.com\n"
        "（5）郑凤琴　捐款100.00元　票据寄送：0379 44463115、tangjing36@qq.com\n"
        "（6）蒋振华　捐款300.00元　票据寄送：33666292\n"
        "（7）冯立新　捐款200.00元　票据寄送：(0379)23219489\n"
        "（8）雷翠花　捐款200.00元　票据寄送：85470575转201\n"
    )
    got = found(text, {"landline"})
    assert at(text, "landline", "33666292") in got
    assert at(text, "landline", "85470575") not in got  # put through to a desk: a unit's
    assert at(text, "landline", "0379 44463115") in got


def test_a_count_under_a_label_without_phones_is_no_phone():
    text = "（1）袁丽萍　票据编号：33666292\n（2）郑凤琴　票据编号：44463115\n"
    assert found(text, {"landline"}) == []


# -- an employer named in a person's row; a file's head; an office's contact line -----


@pytest.mark.parametrize("phone", ["0571-82736415", "0571 82736415", "(0571)82736415"])
def test_a_landline_in_a_persons_row_naming_their_employer(phone):
    text = (
        "编号\t用人单位\t承租人\t配租房源\t联系方式\n"
        "RC-001\t临澄区人民医院\t俞嘉豪\t人才公寓A2幢1单元1506室\t13757162409\n"
        f"RC-007\t临澄区数据资源管理局\t韩露\t人才公寓A3幢2单元1204室\t{phone}\n"
    )
    assert at(text, "landline", phone) in found(text, {"landline"})


def test_a_units_row_in_a_list_of_units_stays_the_units():
    text = "单位名称\t地址\t联系电话\n临澄区数据资源管理局\t文化路8号\t0571-82736400\n"
    assert found(text, {"landline"}) == []


@pytest.mark.parametrize("head", ["HEAD", "header"])
def test_the_senders_contact_in_an_xml_files_head(head):
    text = (
        f"<DATA>\n  <{head}>\n    <SJLY>县公共就业服务中心</SJLY>\n    <LXR>庄晓燕</LXR>\n"
        f"    <LXDH>0539-7218361</LXDH>\n  </{head}>\n  <ROWDATA>\n    <ROW>\n"
        "      <XM>王秀兰</XM>\n      <LXDH>0539-7218400</LXDH>\n    </ROW>\n  </ROWDATA>\n</DATA>\n"
    )
    assert found(text, {"landline"}) == [at(text, "landline", "0539-7218400")]


@pytest.mark.parametrize("officers", ["执法人员", "办案人员", "承办人"])
def test_the_offices_contact_line_under_its_officers(officers):
    text = (
        f"{officers}：蓝建平（执法证号33110523017）、吴丽君（执法证号33110523042）\n"
        "联系地址：松阳县西屏街道长松路10号　联系电话：0578-8012260转8015\n"
    )
    assert found(text, {"landline", "address"}) == []


def test_a_persons_contact_line_is_no_offices():
    text = "当事人：吴建华，男，1975年3月生\n联系地址：松阳县西屏街道长松路12号3幢201室　联系电话：0578-8012299\n"
    got = found(text, {"landline", "address"})
    assert at(text, "landline", "0578-8012299") in got


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("0575-86035712转8012", "0575 86035712"),
        ("(0575)86035712；13905751234", "0575-86035712、13857512345"),
        ("86035712或0575-86035799", "0575-86035712"),
    ],
)
def test_a_shared_number_in_any_form_and_cell_is_the_units(first, second):
    text = (
        "序号|姓名|所在律所|联系电话\n"
        f"1|邓海涛|明正律师事务所|{first}\n"
        f"2|柯文静|明正律师事务所|{second}\n"
    )
    got = [text[s:e] for kind, s, e in found(text, {"landline"})]
    assert not any("86035712" in g for g in got)
    assert ("0575-86035799" in got) == ("0575-86035799" in first)  # a number of one row


# -- a shop's place in prose; a building's stairway ----------------------------------


@pytest.mark.parametrize("word", ["商铺位于", "门面位于", "厂房坐落于", "店铺设在"])
def test_a_shops_place_in_prose(word):
    text = f"经调查，你们反映的{word}宁乡县城郊街道金洲大道198号金洲花苑小区临街一层。"
    assert found(text, {"address"}) == []


@pytest.mark.parametrize("tail", ["单元（共7层14户）业主拟加装电梯", "单元既有住宅加装电梯项目"])
def test_a_buildings_stairway_is_no_home(tail):
    text = f"锦绣花园小区12栋2{tail}。"
    assert found(text, {"address"}) == []


def test_a_flat_in_the_stairway_stays_a_home():
    text = "肖德胜表示仍不同意，其本人现居住于锦绣花园小区12栋2单元101室。"
    assert found(text, {"address"}) == [at(text, "address", "锦绣花园小区12栋2单元101室")]


def test_village_groups_in_prose_of_several_applicants_are_places():
    # (privfix18a: the bare groups are places; the numbered house is an address)
    text = (
        "一、申请人周德宝，户籍所在地白鹤镇青龙村6组，家庭人口4人，拟在青龙村6组23号原址翻建。\n"
        "二、申请人晁玉兰，户籍所在地白鹤镇青龙村2组，家庭人口3人，拟在本组新选址建房。\n"
    )
    assert found(text, {"address"}) == [at(text, "address", "青龙村6组23号")]
