"""A street and house number written as a person's home by what stands before it
(houses.residence_before): a name and 住, 家中, a residence label opening a list."""

import pytest

from .spans import at, found


@pytest.mark.parametrize("sep", ["；", ";"])  # (after "，" the name and 住 are not cut off yet)
def test_persons_each_living_at_a_street_number(sep):
    text = f"（住址：柯红军住九集镇九集街南巷3号{sep}熊卫国住长坪镇长坪街22号{sep}上官勇住肖堰镇肖堰村一组。）"
    got = found(text, {"address"})
    assert at(text, "address", "长坪镇长坪街22号") in got
    assert not any(text[s:e].endswith("一组") for _k, s, e in got)  # a village group


@pytest.mark.parametrize("form", ["在家中（{a}）", "家中（{a}）开设", "住在家中（{a}）"])
def test_a_home_named_as_the_family_home(form):
    addr = "梅山镇城北社区红军路117号"
    text = "汪德全、刘桂芝夫妇退休后" + form.format(a=addr) + "开设“四点半课堂”。"
    assert found(text, {"address"}) == [at(text, "address", addr)]


@pytest.mark.parametrize("label", ["申请人住址：", "家庭住址：", "户籍地址:"])
def test_items_under_one_residence_label(label):
    text = f"3. {label}第1例河西区友谊路街道平江道宾西里3号楼4门302；第14例津南区小站镇迎新街27号。"
    assert at(text, "address", "津南区小站镇迎新街27号") in found(text, {"address"})


@pytest.mark.parametrize(
    "text",
    [
        "入住人民路25号酒店的旅客须登记。",
        "县档案馆（文化路5号）开放时间为周一至周五。",
        "活动地点：人民路25号；报名地址：建设路8号。",
        "办公地址：人民路25号；受理窗口：建设路8号。",
    ],
)
def test_offices_and_venues_stay_unmarked(text):
    assert found(text, {"address"}) == []


@pytest.mark.parametrize("who", ["共有的位于", "所有的位于", "名下的房屋位于"])
def test_a_persons_property_located_at_a_street_number(who):
    addr = "渭城区北杜街道北杜东街中段41号"
    text = f"被征收人雷振华、雷振芳{who}{addr}的房屋（不动产权证号第0012345号）"
    assert found(text, {"address"}) == [at(text, "address", addr)]


def test_a_courts_case_is_no_contact_block():
    addr = "融水县融水镇新安街上巷7号之一"
    text = (
        "　　本院受理原告莫振东诉你们民间借贷纠纷一案，因你们下落不明（蓝海军公民身份号码"
        f"450226198503177495，最后住所{addr}；黄春燕），依照规定公告送达。"
    )
    assert at(text, "address", addr) in found(text, {"address"})


def test_a_receiving_window_is_still_a_contact_block():
    text = "受理窗口：县政务服务中心，联系电话0771-5512345，地址：文化巷5号。"
    assert found(text, {"address"}) == []


@pytest.mark.parametrize(
    "text",
    [
        "代表人喻明（住金洲花苑5栋附2号，电话15074816230）参加。",
        "住址：金洲花苑12幢附13号",
        "家住幸福小区3号楼附1号，",
    ],
)
def test_a_door_attached_to_a_building(text):
    got = [text[s:e] for _k, s, e in found(text, {"address"})]
    assert len(got) == 1 and got[0].endswith("号") and "附" in got[0]
