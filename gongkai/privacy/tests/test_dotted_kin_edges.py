"""A dotted name after a one-sign kinship led by 其 or 之 ("询问其妻X·Y", "之母X·Y") starts
after the kinship, and one before the verb 了解 ("向其兄X·Y了解") ends before it (dottededges
``_OPENERS``, ``_RIGHT_STOP``); a Mongolian part of 其 (娜仁·其其格) keeps it."""

from .spans import found, names


def test_dotted_names_after_a_kinship_and_before_a_particle():
    text = (
        "本局执法人员两次上门送达均无人，经询问其妻努尔古丽·买合木提（电话15099261147），你已外出。\n"
        "经向其兄艾克拜尔·热合曼了解，你长期在外务工，下落不明。\n"
        "另查明，申请人之母阿依努尔·托乎提（已故）生前居住于乌鲁木齐市。\n"
        "证人娜仁·其其格到庭作证。\n"
    )
    expect = names(text, "努尔古丽·买合木提", "艾克拜尔·热合曼", "阿依努尔·托乎提", "娜仁·其其格")
    assert [g for g in found(text, ["name"])] == expect


def test_near_miss_a_verb_before_a_particle_is_no_stop():
    # 了 alone is no stop ("…结了婚": the verb's sign would close the name)
    text = "来信人称，其女儿去年和当地人马克·约翰逊结了婚，联系电话13907424339。\n"
    assert [text[s:e] for _k, s, e in found(text, ["name"]) if text[s:e].endswith("结")] == []
