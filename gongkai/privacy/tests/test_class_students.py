"""Issue 16 (privfix27c): 班 of a class after its number ("高一（3）班学生") read as a surname;
the pupil's role, no name. Near miss: the surname 班 after a sentence's sign stays a name."""

from __future__ import annotations

from .spans import found, names


def test_the_class_before_a_pupils_word():
    text = "当事人：韦晓琳，女，2009年3月1日出生，某县民族中学高一（3）班学生，公民身份号码 450102200903150025，住某县城关镇。\n"
    assert found(text, ("name",)) == names(text, "韦晓琳")


def test_a_class_number_in_digits():
    text = (
        "经查，蒙雨欣（七年级5班学员）已于本学期转出。\n当事人系八年级12班学生，由其父代为申请。\n"
    )
    assert ("name", text.index("班学生"), text.index("班学生") + 3) not in found(text, ("name",))


def test_the_surname_stays():
    text = "本次核查由资助专干负责，申请人：班志强，联系电话13907781234。\n"
    assert found(text, ("name",)) == names(text, "班志强")
