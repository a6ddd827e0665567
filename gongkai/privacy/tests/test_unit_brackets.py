"""The seat in a unit's bracket of particulars after its name ("某公司（法定代表人X，住所地…）",
"（律所地址…）") is the unit's (unitbrackets, privfix22c); the person's own home in the
same sentence, and a home in a bracket after a person's name, are kept."""

from .spans import at, found

EMPLOYER = (
    "申请人王德兵，男，1981年5月2日出生，公民身份号码513030198105022415，"
    "住达州市通川区西外镇金龙大道218号4幢2单元302室，联系电话13908186624，"
    "系四川通达路桥工程有限公司（法定代表人刘光明，住所地达州市通川区朝阳东路66号）招用的架子工。\n"
)

FIRM = (
    "经审查，指派四川渠江律师事务所律师陈晓燕担任您的代理人"
    "（律所地址渠县渠江街道文化路108号，电话0818-7326115）。\n"
)

HOME = "被申请人：李春梅（女，1979年3月8日出生，住所地达州市通川区凤北街道凤凰大道9号3幢1单元602室）。\n"


def test_the_seat_in_a_companys_bracket_is_the_companys():
    got = found(EMPLOYER, ["address"])
    assert at(EMPLOYER, "address", "达州市通川区朝阳东路66号") not in got
    assert at(EMPLOYER, "address", "达州市通川区西外镇金龙大道218号4幢2单元302室") in got


def test_a_firms_address_by_its_own_label():
    assert at(FIRM, "address", "渠县渠江街道文化路108号") not in found(FIRM, ["address"])


def test_a_persons_bracket_keeps_the_home():
    got = found(HOME, ["address"])
    assert at(HOME, "address", "达州市通川区凤北街道凤凰大道9号3幢1单元602室") in got
