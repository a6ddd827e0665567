"""A forest plot's sides written by the neighbours' hills ("西至郑桂香山", "北至韩德旺山场")
name the neighbours (``boundsides``); field edges (田边, 路坎) and hills of places stay clean."""

from .spans import found, names


def test_hills_in_a_pipe_table_of_forest_plots():
    text = (
        "| 编号 | 林权人 | 四至界线 | 面积 |\n"
        "|---|---|---|---|\n"
        "| 01 | 卜春生 | 东至郑桂香山，南至小河，西至防火道，北至田边 | 12.5 |\n"
        "| 02 | 柴玉凤 | 东至路坎，南至欧阳德旺山，西至山脊，北至柯兰山 | 8.0 |\n"
    )
    assert found(text, ["name"]) == names(text, "卜春生", "郑桂香", "柴玉凤", "欧阳德旺", "柯兰")


def test_hills_in_a_sentence_and_a_hill_field():
    text = (
        "经核实，该宗林地四至为：东至韩德旺山场，南至集体山，西至盘石岭山，"
        "北至林区便道，权利人为上官翠兰。"
    )
    got = found(text, ["name"])
    assert names(text, "韩德旺")[0] in got
    assert not [s for s in got if "盘石岭" in text[s[1] : s[2] + 1]]


def test_a_two_character_hill_alone_is_a_place():
    # 白云山 and 华山 are mountains; with no longer holder's hill beside them, no name
    text = "该地块东至白云山，南至溪沟，西至公路，北至华山。"
    assert found(text, ["name"]) == []


def test_the_double_surname_mend_leaves_a_hill_after_a_side():
    # 常金宝山 is 常金宝's hill, not 常金 (冠夫姓) 宝山
    text = "| 1 | 东至常金宝山，南至水沟，西至山顶，北至晏秋生山 |\n"
    assert found(text, ["name"]) == names(text, "常金宝", "晏秋生")
