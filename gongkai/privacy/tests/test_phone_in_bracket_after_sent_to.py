"""A phone in a bracket after a clause sending the reader to a unit is the unit's (issue 16)."""

from .spans import at, found


def phones(text):
    return found(text, ["landline"])


def test_bracket_after_sending_to_a_unit():
    for text in (
        "注：对结论有异议的，可向市医疗保障事务中心书面申请复评（电话：0825-2383107）。",
        "如有疑问，请到县不动产登记中心咨询(联系电话:0734-8123456)",
        "群众可与镇综治办联系（电话 0539-2611820），工作日受理。",
    ):
        assert phones(text) == [], text


def test_persons_bracket_stays_the_persons():
    for text, tel in (
        (
            "经查，申请人王某（男，身份证号110101199003071234，电话：0734-8123456）未到场。",
            "0734-8123456",
        ),
        ("接诊记录：来院就诊的患者李某（电话：0734-8123456），已转诊。", "0734-8123456"),
        ("回访对象：李某家属（联系电话：0539-2637015），住址某村。", "0539-2637015"),
    ):
        assert at(text, "landline", tel) in phones(text), text
