"""Weak cues for persons in a case: a boatman, a neighbouring household, a fellow passenger."""

from .spans import found, missing_names


def test_cued_persons_found():
    for text, person in (
        ("执法人员对船工覃小勇进行了询问，制作了询问笔录。\n", "覃小勇"),
        ("该船由船主雇请，船工杨冬生负责驾驶。\n", "杨冬生"),
        ("申请人提及的邻户龙桂兰户的补偿明细涉及个人隐私。\n", "龙桂兰"),
        ("据邻户滕家旺反映，该房屋长期无人居住。\n", "滕家旺"),
        ("事故发生时，同车人吴晓燕受轻伤。\n", "吴晓燕"),
    ):
        assert missing_names(text, person) == [], text


def test_the_words_without_a_person_stay_out():
    for text in (
        "船工工资由船主按月发放，船工应持证上岗。\n",
        "邻户之间因排水沟发生纠纷，经调解已和解。\n",
        "同车人员均已撤离，同车人数共计五人。\n",
        "邻户同意后方可施工。\n",
    ):
        assert found(text, ["name"]) == [], text
