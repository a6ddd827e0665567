"""A person's home named by the person after a verb of place or a neighbour's word — "现居其女
张丽华家", "邻居欧阳建家也是" — leaves 家 out of the name (namehomes); a name ending in 家 with
no such cue, and 家属 after a name, are left as they were."""

from .spans import found


def test_home_after_a_verb_of_place_or_a_neighbour():
    text = (
        "序号3王秀芝老人现居其女张丽华家，户籍地为城关镇东街社区。\n"
        "来电人称自家院墙被雨水泡塌，邻居欧阳建家也是一样，请尽快派人查看。\n"
    )
    got = [text[s:e] for _k, s, e in found(text, ["name"])]
    assert "张丽华" in got and "欧阳建" in got
    assert "张丽华家" not in got and "欧阳建家" not in got


def test_near_misses_no_cue_before_the_name():
    text = "申请人：黄保家，男，1968年出生，住城关镇东街社区。\n"
    before = [text[s:e] for _k, s, e in found(text, ["name"])]
    assert "黄保家" in before and "黄保" not in before
