"""Names listed after an agricultural insurer's claim posts act in that role (issue 16,
privfix25b, ``claimstaff``): ``查勘员X、Y``, ``协保员：X（某村）``, a unit's name or a place
before the name; a name whose own mobile or ID follows, a name not right after the post's
word, and a private person elsewhere in the text are kept."""

from .spans import at, found

FOOT = (
    "序号\t村组\t被保险人\t身份证号码\t赔款（元）\n"
    "1\t高庄村2组\t鲍振林\t130529197403152513\t1200.00\n"
    "2\t高庄村2组\t滕秀云\t13052919810620252X\t860.00\n"
    "定损人员：某财险某县支公司查勘员梁德润、吉小川；村级协保员姚春生（高庄村）、"
    "宗丽娜（后营村）\n"
    "理赔公示期：2025年7月1日至7月5日　监督电话：0319-5521870\n"
)
PROSE = (
    "8月12日报案后，承保机构定损员帕尔哈提·吐尔逊、万家宁会同乡农技站和村协保员严福祥"
    "进行了查勘。经向协保员和您的儿子鲍小军核实，签字系代签。\n"
    "协保员：芮国庆（东岭村、西岭村）\n"
)
OWN = "协保员：闫桂花（手机13833021456），负责前营村。\n"


def test_listed_staff_dropped_persons_kept():
    got = found(FOOT, ["name"])
    for staff in ("梁德润", "吉小川", "姚春生", "宗丽娜"):
        assert not any(FOOT[s:e] == staff for _k, s, e in got), staff
    assert at(FOOT, "name", "鲍振林") in got
    assert at(FOOT, "name", "滕秀云") in got


def test_prose_staff_and_a_relative_after_the_post():
    got = found(PROSE, ["name"])
    for staff in ("帕尔哈提·吐尔逊", "万家宁", "严福祥", "芮国庆"):
        assert not any(PROSE[s:e] in staff for _k, s, e in got), staff
    assert at(PROSE, "name", "鲍小军") in got


def test_staff_with_own_mobile_kept():
    assert at(OWN, "name", "闫桂花") in found(OWN, ["name"])
