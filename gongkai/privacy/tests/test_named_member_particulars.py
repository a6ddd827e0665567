"""A unit's member named after their post, then a bracket of the unit's particulars
("某律师事务所律师X（地址：…，电话：…）"): the landline is the firm's (README, privfix17d),
the name stays a person's; a bracket giving the person's home keeps the line
(``unitlines``, privfix24c)."""

from gongkai.privacy.tests.spans import at, found

_TEXT = (
    "申请人委托四川蜀信律师事务所律师龙浩然（地址：达州市通川区朝阳东路18号，电话：0818-2136607）代理。\n"
    "另由县人民医院医生欧阳春（办公地址：宣汉县东乡街道南坝街9号；联系电话：0818-5201436）出具说明。\n"
    "第三人委托其亲属刘德明（住址：宣汉县东乡街道西街5号，电话：0818-5213390）参加。\n"
)


def test_a_named_members_bracket_gives_the_units_line():
    got = found(_TEXT, ["name", "landline"])
    assert at(_TEXT, "name", "龙浩然") in got
    assert not any(k == "landline" and _TEXT[a:b] == "0818-2136607" for k, a, b in got)
    assert not any(k == "landline" and _TEXT[a:b] == "0818-5201436" for k, a, b in got)
    assert at(_TEXT, "landline", "0818-5213390") in got
