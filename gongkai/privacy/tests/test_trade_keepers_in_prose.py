"""A keeper's name inside an individual business's trade name standing in a sentence or a
bracket (tradekeepers ``_EDGES``): "…均系某县某镇X竹编厂（个体工商户）", "（执照上写的是某市某镇X
五金加工店）", "（如某县某镇X烟酒商行，…）"; a diner by its cuisine (X川菜馆) and a transliterated
keeper's name of four (某乡X馕坑作坊). A trade name by a brand word stays plain."""

from .spans import found, names


def test_keepers_inside_trade_names_in_sentences_and_brackets():
    text = (
        "经查，以上三人均系平川县柳湾镇苟德旺竹编厂（个体工商户）雇员。\n"
        "来电人称老板是个人开的作坊（营业执照上写的是丰宁市北关镇简春来五金加工店）。\n"
        "问：个体工商户是否参加？答：参加（如平川县城南街道蔺家宝烟酒商行，统一信用代码另附）。\n"
        "被申请人：平川县城关镇郜永泰川菜馆（个体工商户）。\n"
        "作坊名称：托乎拉乡艾合买提馕坑作坊\n"
        "申请人：阚丽萍，联系电话13709126684。\n"
    )
    expect = names(text, "苟德旺", "简春来", "蔺家宝", "郜永泰", "艾合买提", "阚丽萍")
    assert found(text, ["name"]) == expect


def test_near_miss_brand_words_and_companies_stay_plain():
    text = (
        "经查，上述人员均系平川县柳湾镇金龙饭店（个体工商户）雇员。\n"
        "涉事单位为平川县城关镇宏达五金加工厂，另有平川县兴旺建材有限公司。\n"
        "申请人：阚丽萍，联系电话13709126684。\n"
    )
    assert found(text, ["name"]) == names(text, "阚丽萍")
