"""A public body's head in a directory of bodies (负责人 beside each mediation committee
or service station, aligned with full-width spaces or tabs) acts in office; a person on
duty named by a duty label ("值班负责人：X，0xxx-…") too; their own mobiles stay marked,
and a household's or a shop's 负责人 stays a person (privfix19g)."""

from .spans import at, found, names

_DIRECTORY = (
    "二、各乡镇调解组织\n"
    "序号　组织名称　　　　　　　　　　地址　　　　　　　　　负责人　　办公电话　　　　负责人手机\n"
    "1　　青石镇人民调解委员会　　　　青石镇新华路8号　　　　甘德润　　0736-4821103　　13907361122\n"
    "2　　县妇联婚姻家庭纠纷服务站　　城关镇府前街2号　　　　窦秀芝　　0736-4822210　　—\n"
)


def test_the_heads_of_bodies_in_a_directory_are_in_office():
    assert found(_DIRECTORY, {"name"}) == []
    assert found(_DIRECTORY, {"mobile"}) == [at(_DIRECTORY, "mobile", "13907361122")]


def test_the_same_with_tabs():
    text = _DIRECTORY.replace("　　", "\t").replace("　", "\t")
    assert found(text, {"name"}) == []


def test_a_shops_head_in_the_same_layout_stays_a_person():
    text = (
        "序号　经营户名称　　　　地址　　　　　　　负责人　　联系电话\n"
        "1　　青石镇德润五金店　青石镇新华路8号　　甘德润　　13907361122\n"
        "2　　城关镇秀芝面馆　　城关镇府前街2号　　窦秀芝　　13807362233\n"
    )
    assert found(text, {"name"}) == names(text, "甘德润", "窦秀芝")


def test_a_person_on_duty_and_one_with_their_own_mobile():
    text = "调解室值班负责人：祁春燕，0736-4821103；夜间应急手机：13907361122（值班公务手机）\n"
    assert found(text, {"name"}) == []
    text = "值班负责人：祁春燕，13907361122；窗口电话：0736-4821103\n"
    assert found(text, {"name"}) == names(text, "祁春燕")


def test_the_contacts_of_a_directory_with_an_office_phone_column():
    text = (
        "序号　乡镇　　　受理地点　　　　　　　　　　　　　　　　　联系人　　　办公电话　　　　　工作手机\n"
        "1　　青石镇　　某县青石镇新华路8号镇便民服务中心1楼2号窗口　甘德润　0736-4821103　13907361122\n"
        "2　　白沙乡　　某县白沙乡白沙街12号　　　　　　　　　　　窦秀芝　0736-4822210　13807362233\n"
    )
    assert found(text, {"name"}) == []
    assert found(text, {"mobile"}) == [
        at(text, "mobile", "13907361122"),
        at(text, "mobile", "13807362233"),
    ]
    text = text.replace("办公电话", "联系电话")  # no office's column: the contacts stay
    assert found(text, {"name"}) == names(text, "甘德润", "窦秀芝")
