"""Persons a letter names by what they do for the writer (``delegates``): the one
entrusted, a building's volunteer head, a neighbour; units, words and cadres left."""

from .spans import at, found


def _names(text):
    return [text[s:e] for _k, s, e in found(text, ["name"])]


def test_the_person_entrusted_and_the_residents_roles():
    for text, name in (
        ("本人现在国外，表决票已委托庞敏代签。", "庞敏"),
        ("因行动不便，特授权刘德明办理退费手续。", "刘德明"),
        ("业主表决签字页已由楼长栗惠芳收齐，附件是扫描件。", "栗惠芳"),
        ("房屋钥匙交邻居王红保管，随时可以入户。", "王红"),
        ("漏水已影响楼下邻居慕容旻家（天花板发霉）。", "慕容旻"),
        ("材料由单元长覃德福转交。", "覃德福"),
    ):
        assert at(text, "name", name) in found(text, ["name"]), text


def test_units_words_and_lists_after_the_cue_stay_clean():
    text = (
        "委托县住建局代为办理；委托第三方机构核查；委托律师事务所处理。\n"
        "邻居家中无人；楼栋长依次为下列人员。\n"
    )
    assert _names(text) == []
