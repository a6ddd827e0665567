"""A run of names on a line separated by ；, as by 、 and ，."""

from .spans import found, missing_names


def test_households_separated_by_semicolons():
    text = (
        "　　三、“五好家庭”提名奖（5户）\n"
        "　　邝玉珍家庭；谢长林家庭；莫晓燕家庭;卜国栋家庭；苗桂香家庭\n"
    )
    assert missing_names(text, "邝玉珍", "谢长林", "莫晓燕", "卜国栋", "苗桂香") == []


def test_semicolon_run_of_places_and_words_is_no_persons():
    text = (
        "　　四、检查范围\n　　城关镇；李家湾；黄土坡；河口乡\n　　工作要求；安全生产；环境卫生\n"
    )
    assert found(text, ["name"]) == []
