"""Issue 16 (privfix25a): a plot's four sides given columns of their own (东 | 南 | 西 | 北
under a spanning 四至, 东至 | 南至 …) or an export's four keys of one stem ("sz_d", "sz_n",
"sz_x", "sz_b"; <dongzhi> …): a side held by a neighbour's house (X户, X宅) names the
neighbour.
Near misses: roads, fields, ponds and collectives on a side; a lone column headed 东 (no
three sides together); a key ``dz`` (an address) beside a key of one side.
"""

from __future__ import annotations

from .spans import found, names


def test_side_columns_under_a_spanning_header():
    text = (
        "\t序号\t申请户主\t村（社区）\t拟用地四至\t\t\t\t面积\n"
        "\t\t\t\t东\t南\t西\t北\t\n"
        "\n"
        "\t1\t殷德厚\t某村\t村道\t柏德顺户\t空地\t水渠\t120\n"
        "\t2\t甘小妹\t某村\t尉迟秀兰户\t道路\t集体空地\t欧阳春生宅\t96\n"
    )
    assert found(text, ("name",)) == names(
        text, "殷德厚", "柏德顺", "甘小妹", "尉迟秀兰", "欧阳春生"
    )


def test_side_columns_of_a_pipe_table():
    text = (
        "| 户主 | 东至 | 南至 | 西至 | 北至 |\n|---|---|---|---|---|\n"
        "| 蒯晓丽 | 仇海燕宅 | 公路 | 水塘 | 山坡 |\n"
        "| 甘志远 | 农田 | 林地 | 仇海燕宅 | 村道 |\n"
    )
    assert found(text, ("name",)) == names(text, "蒯晓丽", "仇海燕", "甘志远", "仇海燕")


def test_side_keys_of_an_export():
    text = (
        '{"sqrxm": "殷德厚", "sz_d": "村道", "sz_n": "柏德顺宅", "sz_x": "河堤", "sz_b": "竹林"}\n'
        '{"sqrxm": "甘小妹", "sz_d": "尉迟秀兰宅", "sz_n": "道路", "sz_x": "空地", "sz_b": "山坡"}\n'
    )
    assert found(text, ("name",)) == names(text, "殷德厚", "柏德顺", "甘小妹", "尉迟秀兰")


def test_sides_that_name_no_person():
    text = (
        "序号\t户主\t东\t面积\n1\t殷德厚\t柏德顺户\t120\n\n"
        "| 宗地 | 东至 | 南至 | 西至 | 北至 |\n|---|---|---|---|---|\n"
        "| JC001 | 村道 | 集体林地 | 水塘 | 农田 |\n\n"
        '{"xm": "甘小妹", "dz": "某镇某村5组", "sz_d": "尉迟秀兰宅"}\n'
    )
    got = [g for g in found(text, ("name",)) if g[1] > text.index("柏德顺户") - 1]
    assert got == names(text, "甘小妹")
