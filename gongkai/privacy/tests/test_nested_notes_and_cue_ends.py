"""A record's value whose note holds a note (``keyedrecords``: "X（中国（定居新加坡））"),
and an enumeration whose first name follows a word for a person ending in a surname's
character (``enumerations``: 邻居丁香、…) (issue 16, the thirty-seventh held-out batch's
classes, with fixtures of their own)."""

from .spans import found, names


def _names(text):
    return [text[s:e] for _k, s, e in found(text, ["name"])]


def test_values_with_a_note_inside_a_note_are_persons():
    rows = [
        ("苏婉清", "中国（定居加拿大）"),
        ("黎永康", "中国香港"),
        ("温雅琪", "中国（定居澳大利亚）"),
        ("卓志远", "中国澳门"),
    ]
    text = (
        "涉外演出人员名单\n"
        + "\n".join(
            f"〔{n + 1}〕参演人员：{p}（{note}）　手机：1397361{n:04d}　演出场次：{n + 2}场"
            for n, (p, note) in enumerate(rows)
        )
        + "\n"
        + "\n".join(f"备注{n}：无" for n in range(8))
    )
    got = _names(text)
    for person, _note in rows:
        assert person in got, person


def test_an_enumeration_after_a_word_for_a_neighbour():
    text = "您反映您与邻居居明、丁香凝、宋长河三户共用的排水沟堵塞。"
    assert found(text, ["name"]) == names(text, "居明", "丁香凝", "宋长河")
    text = "您反映您与邻居丁香凝、宋长河一起参加了旅行团。"
    assert found(text, ["name"]) == names(text, "丁香凝", "宋长河")


def test_a_teachers_list_keeps_its_own_word_out_of_the_name():
    text = "本次授课由老师师红梅、李志强共同承担。"
    got = _names(text)
    assert "师师红" not in got and "老师师" not in got
