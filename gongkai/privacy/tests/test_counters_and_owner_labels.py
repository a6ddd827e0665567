"""Whose number, mailbox or address it is, read from the label itself (issue 16).

- A business's counter (前台, 总台, 门店, 营业, 订房, 预订 … 电话/邮箱) is the business's
  line open to its customers, even in a record that also holds its operator's own phone.
- A home's label naming a person as its owner (经营者住所, 申请人地址, 投诉人住所) makes the
  street address a person's; a firm's own seat (住所, 经营地址, 法定代表人住所) is not read so.
- A research institute's mailbox (.ac.cn) is a unit's, like .edu.cn and .org.cn.
"""

import pytest

from gongkai.privacy import scan_html

from .spans import at, found


def _types(text, kinds):
    return found(text, set(kinds))


def _html(html, kind):
    return [html[f.start : f.end] for f in scan_html(html, allow=[]) if f.type == kind]


# -- a business's counter ------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["前台预订电话", "前台电话", "总台电话", "门店电话", "营业电话", "订房电话", "预订电话"],
)
@pytest.mark.parametrize("sep", ["：", ":", "　"])
def test_a_business_counter_line_is_the_business_s(label, sep):
    text = f"经营者：刘某某\n经营者手机：13912345678\n{label}{sep}0830-2345678\n客房数：12间\n"
    assert _types(text, ["landline", "mobile"]) == [at(text, "mobile", "13912345678")]


def test_a_counter_in_a_definition_list_beside_the_operator():
    html = (
        "<dl><dt>经营者</dt><dd>刘某某</dd>"
        "<dt>经营者手机</dt><dd>13912345678</dd>"
        "<dt>总台订房电话</dt><dd>(0830)2345678</dd>"
        "<dt>预订邮箱</dt><dd>rooms@zhujianxiaoyuan.com</dd>"
        "<dt>经营者邮箱</dt><dd>liumou1988@163.com</dd></dl>"
    )
    assert _html(html, "landline") == []
    assert _html(html, "email") == ["liumou1988@163.com"]
    assert _html(html, "mobile") == ["13912345678"]


def test_a_person_s_own_landline_beside_a_counter_stays_found():
    text = "经营者：刘某某，家庭电话：0830-2345678；门店电话：0830-3456789。\n"
    assert _types(text, ["landline"]) == [at(text, "landline", "0830-2345678")]


# -- the owner named in the home's label ----------------------------------------------------


@pytest.mark.parametrize("owner", ["经营者", "申请人", "投诉人", "承租人"])
@pytest.mark.parametrize("word", ["住所", "地址"])
def test_a_home_label_naming_its_person(owner, word):
    text = f"{owner}{word}：江阳县城关镇兴业路316号\n"
    assert _types(text, ["address"]) == [at(text, "address", "江阳县城关镇兴业路316号")]


@pytest.mark.parametrize(
    "label",
    ["住所", "经营地址", "法定代表人住所", "负责人住所", "联系人地址", "单位地址", "办公地址"],
)
def test_a_seat_or_an_office_label_is_no_person_s_home(label):
    text = f"{label}：江阳县城关镇兴业路316号\n"
    assert _types(text, ["address"]) == []


def test_an_operator_s_home_in_a_definition_list_and_the_premises_left_alone():
    html = (
        "<dl><dt>经营者</dt><dd>刘某某</dd>"
        "<dt>经营场所</dt><dd>江阳县城关镇迎宾大道22号</dd>"
        "<dt>经营者住所</dt><dd>江阳县城关镇文昌街148号</dd></dl>"
    )
    assert _html(html, "address") == ["江阳县城关镇文昌街148号"]


# -- a research institute's mailbox ----------------------------------------------------------


def test_an_institute_s_mailbox_is_a_unit_s_and_a_private_one_beside_it_stays():
    text = (
        "2. 张某某，女，1980年5月生，某省农业科学院研究员。本人联系电话：13912345678，"
        "工作邮箱：zhaomin@saas.ac.cn。\n"
        "3. 李某某，男，1975年9月生，某市农科所农艺师。本人联系电话：13812345678，"
        "电子邮箱：li_ming77@foxmail.com。\n"
    )
    assert _types(text, ["email"]) == [at(text, "email", "li_ming77@foxmail.com")]


# -- a notice's own line after the verb asking the reader to call ----------------------------


@pytest.mark.parametrize("verb", ["咨询", "咨询：", "垂询", "详询请拨打", "咨询请致电 "])
def test_a_number_after_the_verb_to_call_is_the_notice_s(verb):
    text = f"王某某：您预约的接访日为11月22日上午9时，地点区来访接待中心，{verb}0731-89880328。\n"
    assert _types(text, ["landline"]) == []


def test_a_caller_s_home_line_before_his_question_stays_found():
    text = "来电人张某某，家庭电话0731-89880328，咨询低保政策。\n"
    assert _types(text, ["landline"]) == [at(text, "landline", "0731-89880328")]


# -- a contact line keyed by a unit's name ----------------------------------------------------


@pytest.mark.parametrize(
    "unit", ["某某赛事运营有限公司（志愿者报名）", "县图书馆", "县体育中心(场馆预约)", "某某协会"]
)
def test_a_mailbox_on_a_unit_s_keyed_line_is_the_unit_s(unit):
    text = f"二、联系方式\n{unit}：028-89582649，volunteer2026@163.com\n"
    assert _types(text, ["email", "landline"]) == []


@pytest.mark.parametrize(
    "key", ["报名人张某某", "家长王某某（父亲）", "工作单位某某有限公司的职工李某某"]
)
def test_a_mailbox_on_a_person_s_line_is_not_read_as_a_unit_s(key):
    text = f"{key}：13912345678，zhangmou88@163.com\n"
    assert at(text, "email", "zhangmou88@163.com") in _types(text, ["email"])


# -- a person's own mailbox at their work --------------------------------------------------------


@pytest.mark.parametrize("owner", ["监护人", "申请人", "父亲", "家长"])
def test_a_note_naming_a_person_s_work_mailbox_keeps_it_theirs(owner):
    text = (
        "监护人：苏某某（父亲）\n"
        "监护人手机：17857245042\n"
        f"联系邮箱：caobo89@tianfu-sports.cn（{owner}单位邮箱）\n"
        "审核状态：已通过\n"
    )
    assert _types(text, ["email"]) == [at(text, "email", "caobo89@tianfu-sports.cn")]


@pytest.mark.parametrize("note", ["联系人单位邮箱", "户政大队工作邮箱", "专班线索邮箱"])
def test_a_note_naming_a_unit_s_mailbox_keeps_it_the_unit_s(note):
    text = f"邮箱：hzdd2020@163.com（{note}）\n"
    assert _types(text, ["email"]) == []


@pytest.mark.parametrize("label", ["前台预订电话：", "总台电话：", "咨询请致电", "详询"])
def test_a_mobile_at_a_counter_or_after_the_verb_stays_a_finding(label):
    # a mobile there may be the operator's or a cadre's own (RULES §4)
    text = f"经营者：刘某某\n{label}13912345678\n"
    assert _types(text, ["mobile"]) == [at(text, "mobile", "13912345678")]


# -- a request's verb over a property is no part of its address -------------------------------


@pytest.mark.parametrize(
    "verb", ["请求撤销", "要求撤销", "申请注销", "依法查封", "予以解封", "拆除", "你反映的请求撤销"]
)
def test_a_verb_over_a_property_stays_outside_its_address(verb):
    text = f"信访人反映{verb}江阳县城关镇五一村6组24号房屋不动产首次登记一事。\n"
    assert _types(text, ["address"]) == [at(text, "address", "江阳县城关镇五一村6组24号")]


@pytest.mark.parametrize("village", ["撤销村", "拆除村"])
def test_a_village_named_like_the_verb_stays_whole(village):
    text = f"住址：{village}3组12号\n"
    assert _types(text, ["address"]) == [at(text, "address", f"{village}3组12号")]
