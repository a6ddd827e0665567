"""Whose name, number or account it is in an office's notice or a mediation export (issue 16,
privfix16ab, after docs151): a contact named with an organ's post is the office's, as is a
part's head or line in a footer, an account under a 专户 label, and a mediator's export keys
(tjy, tjydh) name staff; a kin's or a villager's note, a company's post, a home's line and a
person's own account stay."""

from gongkai.privacy.tests.spans import at, found

# --- a contact with their post (contactposts) -----------------------------------------------


def test_contact_with_an_organs_post_in_a_numbered_directory_is_the_offices():
    text = (
        "一、受理窗口\n"
        "1. 临江县人民法院立案庭\n"
        "   地址：临江县城关镇江滨路12号\n"
        "   联系人：祁文涛（立案庭副庭长）\n"
        "2. 临江县司法局公共法律服务科\n"
        "   负责人：鲍秀芝（公共法律服务科科长）\n"
        "3. 临江县城关镇人民调解委员会\n"
        "   联络人：冼国庆(专职人民调解员)\n"
    )
    assert found(text, ("name",)) == []


def test_contact_post_in_prose_and_a_table_cell_is_the_offices():
    text = (
        "请与经办人：柯建民（县信访局信访办主任）联系。\n"
        "单位\t联系人\n临江县市场监管局\t联系人：甘慧珍（法规股股长）\n"
    )
    assert found(text, ("name",)) == []


def test_a_villager_a_kin_and_a_companys_post_stay():
    text = (
        "联系人：祁文涛（申请人之父）\n"
        "联系人：鲍秀芝（村民）\n"
        "联系人：冼国庆（户主之子）\n"
        "联系人：柯建民（某某建材有限公司财务科科长）\n"
    )
    got = found(text, ("name",))
    assert at(text, "name", "祁文涛") in got
    assert at(text, "name", "鲍秀芝") in got
    assert at(text, "name", "冼国庆") in got
    assert at(text, "name", "柯建民") in got


# --- an office's part labelling a footer --------------------------------------------------------


def test_footer_part_head_and_line_are_the_offices_a_homes_line_stays():
    text = (
        "| 序号 | 申请人 | 联系电话 |\n|---|---|---|\n| 1 | 祁文涛 | 13857112360 |\n\n"
        "登记人：鲍秀芝　　执行局负责人：冼国庆　　执行局电话：(0571)6123411\n"
        "办公室联系电话：0571-6123422\n"
    )
    got = found(text, ("name", "landline"))
    assert at(text, "name", "冼国庆") not in got
    assert at(text, "landline", "(0571)6123411") not in got
    assert at(text, "landline", "0571-6123422") not in got
    assert at(text, "name", "祁文涛") in got
    home = "申请人：祁文涛\n家庭电话：0571-6123433\n法庭电话：0571-6123455\n"
    assert found(home, ("landline",)) == [at(home, "landline", "0571-6123433")]


# --- a unit's account -------------------------------------------------------------------------


def test_account_under_a_special_account_label_is_the_units_a_persons_stays():
    text = (
        "执行款专户：中国工商银行临江支行，账号6222021202041234568\n"
        "单位账户：临江县司法局，账号 6222021202041234576\n"
        "案款已通过本院执行款专户发放至你本人账户6228480402564890018。\n"
        "收款人：祁文涛　银行卡号：6228480402564890026\n"
    )
    got = found(text, ("bank_card",))
    assert at(text, "bank_card", "6222021202041234568") not in got
    assert at(text, "bank_card", "6222021202041234576") not in got
    assert at(text, "bank_card", "6228480402564890018") in got
    assert at(text, "bank_card", "6228480402564890026") in got


# --- a surname before a determiner ---------------------------------------------------------------


def test_surname_before_a_determiner_is_no_name():
    text = "本院不会要求当事人向任何账户转账，请于所有材料齐备后办理。申请人向东明已到场。"
    got = found(text, ("name",))
    assert got == [at(text, "name", "向东明")]


# --- a mediator's keys in an export (keymeaning) --------------------------------------------


def test_mediator_and_grid_worker_keys_are_staff_a_partys_stay():
    xml = (
        "<ajxx>\n  <sqr><xm>祁文涛</xm><sjhm>13857112360</sjhm>"
        "<zzdh>0571-6123455</zzdh></sqr>\n"
        "  <tjy>鲍秀芝</tjy>\n  <tjydh>0571-6123411</tjydh>\n"
        "  <wgy>冼国庆</wgy><wgydh>0571-6123422</wgydh>\n</ajxx>\n"
    )
    got = found(xml, ("name", "landline", "mobile"))
    assert at(xml, "name", "祁文涛") in got
    assert at(xml, "landline", "0571-6123455") in got
    assert at(xml, "name", "鲍秀芝") not in got
    assert at(xml, "landline", "0571-6123411") not in got
    assert at(xml, "name", "冼国庆") not in got
    assert at(xml, "landline", "0571-6123422") not in got
    js = '{"xm": "祁文涛", "dh": "0571-6123455", "mediator_name": "鲍秀芝", "mediator_tel": "0571-6123411"}'
    got = found(js, ("name", "landline"))
    assert at(js, "name", "祁文涛") in got
    assert at(js, "name", "鲍秀芝") not in got
    assert at(js, "landline", "0571-6123411") not in got


# --- a table's compiler in its sign-off line (blocks) -------------------------------------------


def test_compiler_and_checker_of_a_roster_sign_off_line_are_staff():
    text = (
        "序号  姓名    村组        联系电话\n"
        "1     祁文涛  东村3组     13857112360\n"
        "编制人：鲍秀芝    审核：冼国庆    县水利局农田股  0571-6123411\n"
    )
    got = found(text, ("name",))
    assert got == [at(text, "name", "祁文涛")]


def test_a_lone_compiler_label_in_prose_is_no_sign_off_line():
    text = "编制人：鲍秀芝，女，住临江县城关镇江滨路12号，身份证号330102199001011234。\n"
    assert at(text, "name", "鲍秀芝") in found(text, ("name",))


# --- a victim named again in a judgment's account (laternames) ---------------------------------


def test_victim_named_again_before_an_act_done_to_them():
    text = (
        "被害人：祁涛，男，1980年5月生，住临江县城关镇江滨路12号。\n"
        "经审理查明，被告人持刀将祁涛刺伤。祁涛生前系家中主要劳动力。"
        "案发后，鲍秀芝将祁涛殴打一事报警。\n"
    )
    got = found(text, ("name",))
    mentions = [s for s in range(len(text)) if text.startswith("祁涛", s)]
    assert len(mentions) == 4
    assert [s for kind, s, e in got if text[s:e] == "祁涛"] == mentions
