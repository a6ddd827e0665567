"""A phone column named after another column takes that column's holder (issue 16): in
"承租人,…,房东,房东联系电话" a landlord that is a company has the company's landline, not a
private person's; a private landlord's landline in the same column is still found, and a
mobile under such a header (its staff's own, maybe) is not touched by the rule."""

from .spans import at, found

CSV = (
    '"序号","承租人","身份证号码","房屋坐落","房东","房东联系电话","月租金"\n'
    '"1","柯美玲","430121198807153326","长沙县星沙街道开元路18号幸福里3栋1单元502室",'
    '"鲁振江","0731-8852106","900"\n'
    '"2","甘志远","430121199203041172","长沙县星沙街道望仙路9号金茂花园5栋203室",'
    '"湘江安居房产经纪有限公司（直租）","0731-8867700","1100"\n'
)

PLAIN = (
    "序号,托运人,身份证号码,住址,承运人,承运人电话,承运人手机\n"
    "1,郝春生,430121197605224415,长沙县榔梨街道东山路6号永安小区2栋301室,"
    "岳麓顺达物流有限公司（整车）,0731-8896543,13907315521\n"
    "2,栾小青,430121198511093328,长沙县黄兴镇蓝田村4组11号,邝建华,0731-8873319,18673108812\n"
)


def test_a_companys_landline_in_its_holder_column_is_left_alone():
    for text, number in ((CSV, "0731-8867700"), (PLAIN, "0731-8896543")):
        values = {text[s:e] for _k, s, e in found(text, ["landline"])}
        assert number not in values, values


def test_a_private_holders_landline_and_a_mobile_are_found():
    assert at(CSV, "landline", "0731-8852106") in found(CSV, ["landline"])
    assert at(PLAIN, "landline", "0731-8873319") in found(PLAIN, ["landline"])
    assert at(PLAIN, "mobile", "13907315521") in found(PLAIN, ["mobile"])
