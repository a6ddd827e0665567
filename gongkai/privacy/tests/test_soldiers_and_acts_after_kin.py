"""A serviceman named by his rank after an undisclosed unit (``soldiers``), and a
relative's name that ends before the act that follows it (``actsafter``: 其妻X接受…)
(issue 16, the thirty-seventh held-out batch's classes, with fixtures of their own)."""

from .spans import found, names


def _names(text):
    return [text[s:e] for _k, s, e in found(text, ["name"])]


def test_soldiers_after_an_undisclosed_unit_and_their_rank():
    text = (
        "一、陆军某部列兵喻晨阳，入伍前系县第一中学学生。\n"
        "二、某部队上等兵司马青云（土家族）于训练中表现突出。\n"
        "三、武警某部三级军士长蓝海涛，家住城关镇。\n"
        "四、海军某部中尉阿力木·吐尔洪（维吾尔族），荣立三等功。\n"
    )
    assert found(text, ["name"]) == names(text, "喻晨阳", "司马青云", "蓝海涛", "阿力木·吐尔洪")


def test_ranks_of_officers_in_office_or_before_no_name_give_nothing():
    text = (
        "县人武部政委上校一行上门送达喜报。\n"
        "某部上士以上人员均须参加培训。\n"
        "军分区司令员大校带队检查。\n"
    )
    assert found(text, ["name"]) == []


def test_a_relatives_name_ends_before_the_act_after_it():
    text = "其妻邝雅接受慰问金，其父巴图·孟和接受喜报；其子莫远航陪同前往，其女梁晓陪同领取。"
    assert found(text, ["name"]) == names(text, "邝雅", "巴图·孟和", "莫远航", "梁晓")


def test_a_given_name_that_opens_like_an_act_is_kept_whole():
    text = "其子蒋前进（身份证号码430102199001011234）已办理。"
    assert "蒋前进" in _names(text)
