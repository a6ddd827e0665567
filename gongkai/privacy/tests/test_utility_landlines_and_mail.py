"""Landlines of the two-digit areas and the numbers that only look like them."""

import pytest

from .spans import at, found


@pytest.mark.parametrize(
    "text",
    [
        "序号  户号        户主    欠费金额\n1     0102003418  王某某  120.00\n2     0234001127  李某  88.00\n",
        "您户（户号0105007418，户名某某）本月用水量为9吨。",
        "户号|用户|地址\n|---|---|---|\n|0272003301|某某|新华路1号|\n",
        "电费账号：0201004588，请于月底前缴清。",
    ],
)
def test_ten_digits_after_a_two_digit_area_are_no_landline(text):
    # 010 and 020–029 dial eight digits: ten digits led by them are accounts or codes
    assert found(text, ["landline"]) == []


@pytest.mark.parametrize(
    "piece", ["010-62751234", "02087654321", "021 54321234", "0734-4316622", "07344316622"]
)
def test_real_landlines_of_a_person_still_found(piece):
    text = f"申请人张某某，联系电话：{piece}，住所地某县某镇。"
    assert at(text, "landline", piece) in found(text, ["landline"])


@pytest.mark.parametrize(
    "text",
    [
        "客服热线：0312-8616660，抢险电话：0312-8616119，营业厅：某县城关镇府前街40号。",
        "停气期间如有疑问，请拨打抢修电话 0371-65551234。",
        "报修电话（24小时）：0734-8223456",
        "营业厅地址：某县城关镇府前街40号　客服邮箱：kefu@example.cn　电话：0312-8616660",
        "燃气公司营业网点：某镇中心街12号，联系电话0592-5551234。",
        "供电客服电话：0771-5558899；急修电话：0771-5558800。",
    ],
)
def test_service_and_repair_lines_of_a_utility_are_its_own(text):
    assert found(text, ["landline", "email"]) == []


def test_a_person_who_called_the_service_line_keeps_his_number():
    text = "申请人张某某，住址某村，电话0371-5556677，曾多次拨打客服电话反映。"
    assert found(text, ["landline"]) == [at(text, "landline", "0371-5556677")]


@pytest.mark.parametrize(
    "text",
    [
        "停水信息发布邮箱：tingshui@water.example.cn（不接受个人来信）。",
        "“获得电力”专班邮箱：hdl@grid.example.cn；官方电话：0771-5558899。",
        "公共邮箱：gzjs_2025@126.com",
    ],
)
def test_a_channel_labelled_as_a_release_or_official_one_is_the_units(text):
    assert found(text, ["landline", "email"]) == []


def test_a_persons_mailbox_and_phone_in_particulars_are_kept():
    text = "申请人张某某，邮箱zhang88@163.com，电话0598-5836022，请核实。"
    got = found(text, ["landline", "email"])
    assert at(text, "email", "zhang88@163.com") in got
    assert at(text, "landline", "0598-5836022") in got
