"""A mobile alone in brackets right after a labelled person's name is that person's own
(``ownmobiles``, privfix25d), whatever unit's lines follow on the line; a landline so noted,
and a mobile noted as a duty line, stay the unit's."""

from gongkai.privacy.tests.spans import at, found


def test_bracketed_mobile_after_a_labelled_name_is_kept():
    text = (
        "备注：1.兑付现场由项目部负责。\n"
        "2.工资发放员：蔺海燕（13847652091）；监察员：戈立群；举报电话：0471-6652310。\n"
        "3.代领人：敖德明(15247108836)，监督电话：12333。\n"
    )
    got = found(text)
    assert at(text, "mobile", "13847652091") in got
    assert at(text, "mobile", "15247108836") in got
    assert at(text, "name", "蔺海燕") in got


def test_duty_noted_mobile_stays_the_units():
    text = "值班安排：值班员：宫长顺（13847652091值班手机）；监督电话：0471-6652310。\n"
    got = found(text)
    assert at(text, "mobile", "13847652091") not in got
