"""Issue 16: persons listed each with their kinship in brackets ("随迁人员：禚子墨（子）",
"马兰花（妻）、拜一诺（子）、拜一言（女）"). The note vouches for a name whose surname no
list knows, after a label of persons or when two or more pieces of one list carry it.
Near misses: relations and roles with a note (配偶（妻）, 护士（女）), counts, a sex's note
after a word under a label alone.
"""

from __future__ import annotations

from .spans import found, names


def test_listed_relatives_with_rare_surnames():
    cases = [
        ("随迁人员：禚子墨（子）\n联系电话：0372-3169425\n", ("禚子墨",)),
        ("随迁家属：禚子墨（长子）\n", ("禚子墨",)),
        ("随迁人员：马兰花（妻）、拜一诺（子）、拜一言（女）\n", ("马兰花", "拜一诺", "拜一言")),
        ("同户人员：拜一诺(子)、拜一言(女)\n", ("拜一诺", "拜一言")),
        ("家庭成员：马兰花（妻），拜一诺（儿子）\n", ("马兰花", "拜一诺")),
        ("共同生活成员：阿依古丽·吐尔逊（妻）\n", ("阿依古丽·吐尔逊",)),
        ("户主冶海军；拜一诺（子）、拜晓言（女）随迁。\n", ("冶海军", "拜一诺", "拜晓言")),
    ]
    for text, persons in cases:
        assert found(text, ("name",)) == names(text, *persons), text


def test_relations_roles_and_counts_with_notes_are_no_names():
    for text in (
        "工作人员：护士（女）、医生（男）\n",
        "参加人员：职工（女）\n",
        "户主（本人）、子女（2人）\n",
        "该户家庭人口3人，分别为户主、配偶（妻）、儿子（子）。\n",
        "本次共慰问困难家庭（子女）20户。\n",
    ):
        assert found(text, ("name",)) == [], text


def test_the_person_a_relative_is_named_by():
    cases = [
        ("尚玉兰，烈士遗属（烈士邓先武之妻），原住石门县。\n", ("尚玉兰", "邓先武")),
        ("革命烈士王志刚之母享受定期抚恤。\n", ("王志刚",)),
        ("经查，王建国之女于2020年出嫁，户口已迁出。\n", ("王建国",)),
        ("已故村民黄芳之女黄丽提出申请。\n", ("黄芳", "黄丽")),
    ]
    for text, persons in cases:
        assert found(text, ("name",)) == names(text, *persons), text


def test_words_before_zhi_that_name_nobody():
    for text in (
        "城市之子，人民之子，黄河之子，长江之子。\n",
        "总之，久而久之，之后再议。\n",
        "本村之子，全县之女，均可报名。\n",
    ):
        assert found(text, ("name",)) == [], text
