"""A found name's edges cut to the name, whatever rule took it (``spanedges``), and runs
that are no names dropped: prepositions, kinship tails, words after a name, two persons
joined by 与, a unit's section, a quantity, a form's field label."""

from gongkai.privacy.spanedges import name_spans

from .spans import found, names


def _cut(text, piece):
    """What ``name_spans`` makes of a name candidate over ``piece``."""
    s = text.index(piece)
    return [text[a:b] for a, b, _k, _c in name_spans(text, [(s, s + len(piece), "name", 0.8)])]


def test_a_preposition_before_the_name_is_cut():
    assert _cut("补贴款由女儿代领，由欧文杰（女儿）代领", "由欧文杰") == ["欧文杰"]
    assert _cut("四至：东至卓玛·次仁家宅基地，西至河沟", "至卓玛·次仁家") == ["卓玛·次仁"]
    assert _cut("该户房屋西至谢桂英家，北至村道", "至谢桂英家") == ["谢桂英"]
    assert _cut("本人委托及周立伟办理", "及周立伟") == ["周立伟"]


def test_a_surname_that_is_also_a_preposition_stays_at_a_label_or_a_cells_edge():
    # 由, 向, 和, 从 are surnames: cut only after a clause's start or a verb taking them
    assert _cut("申请人：由建华，男", "由建华") == ["由建华"]
    assert _cut("序号,姓名\n1,向秋萍\n", "向秋萍") == ["向秋萍"]
    assert _cut('"从玉芬","138"', "从玉芬") == ["从玉芬"]
    assert _cut("该笔补助改由邬春兰领取", "由邬春兰") == ["邬春兰"]


def test_a_kinship_words_last_character_is_cut():
    assert _cut("证书由其父亲汤晓峰代领", "亲汤晓峰") == ["汤晓峰"]
    assert _cut("其母亲帕提古丽·吐尔逊在场", "亲帕提古丽·吐尔逊在场") == ["帕提古丽·吐尔逊"]
    assert _cut("联系人：子女阿不都·热合曼 138", "子女阿不都·热合曼") == ["阿不都·热合曼"]
    assert _cut("| 代理人蒙海燕 | 某律师事务所 |", "代理人蒙海燕") == ["蒙海燕"]
    # 母 after 父 is a surname when a given name follows ("代其父母德明")
    assert _cut("代其父母德明申请", "母德明") == ["母德明"]
    assert _cut("家庭情况：父母双亡", "母双亡") == []
    assert _cut("父母服刑\t", "母服刑") == []


def test_a_word_after_the_name_is_cut():
    assert _cut("律师与当事人邝雪梅私下接触", "邝雪梅私") == ["邝雪梅"]
    assert _cut("其女牛佳慧大学毕业后", "牛佳慧大") == ["牛佳慧"]
    assert _cut("由其女儿桑晓继续指导", "桑晓继") == ["桑晓"]
    assert _cut("您的儿子阮志先生来电", "阮志先") == ["阮志"]
    assert _cut("当事人邓丽芳在场", "邓丽芳在场") == ["邓丽芳"]
    # a name that ends in 家 stays one where no house follows
    assert _cut("申请人：张振家，男", "张振家") == ["张振家"]


def test_two_persons_joined_in_one_run_are_split():
    assert _cut("| 3 | 石桥村 | 葛春梅与陶建平 | 138 |", "葛春梅与陶建平") == ["葛春梅", "陶建平"]
    assert _cut("当事人：米娜·阿布来提和伍海涛", "米娜·阿布来提和伍海涛") == [
        "米娜·阿布来提",
        "伍海涛",
    ]
    # a given name with 和 is no pair
    assert _cut("户主：侯和平", "侯和平") == ["侯和平"]


def test_no_names_dropped():
    assert _cut("责任者\t财务股\t3-4", "财务股") == []
    assert _cut("办理部门：征地拆迁办", "征地拆迁办") == []
    assert _cut("约38平方米受损", "方米") == []
    assert _cut("存栏生猪2万头", "万头") == []
    assert _cut("收款账户\t6217", "收款账户") == []
    assert _cut("优抚类别：伤残军人", "伤残军人") == []
    assert _cut("一、来信反映的问题", "来信") == []
    assert _cut("经查，该单位", "经查") == []
    assert _cut("白天打138", "白天打") == []
    # names that look like such words stay
    assert _cut("姓名：钱多多", "钱多多") == ["钱多多"]
    assert _cut("姓名：房立新", "房立新") == ["房立新"]


def test_the_scanner_finds_the_names_alone_in_prose_and_tables():
    prose = "二、四至：东至尼玛·扎西家承包地，西至机耕道。\n配偶已故，由甘秀芝（女儿）代领。\n"
    assert found(prose, ["name"]) == names(prose, "尼玛·扎西", "甘秀芝")
    pair = "当事人：符丽娟与韦国庆\n申请人：覃海燕和蒙志刚，住东坪村\n"
    assert found(pair, ["name"]) == names(pair, "符丽娟", "韦国庆", "覃海燕", "蒙志刚")
    # after 与 or 和 a word of the sentence is no second person
    assert found("申请人：黎秀兰与村委会协商\n", ["name"]) == names(
        "申请人：黎秀兰与村委会协商\n", "黎秀兰"
    )
    letter = "投诉律师与对方当事人岑美玲私下接触，经查属实。\n"
    assert found(letter, ["name"]) == names(letter, "岑美玲")


def test_two_persons_joined_by_yu_or_ji_in_a_person_column_of_any_layout():
    rows = (
        ("1", "东坪村", "符丽娟与韦国庆", "邻里纠纷"),
        ("2", "西坪村", "欧阳春及黎志强", "婚姻纠纷"),
        ("3", "南坪村", "尉迟红与古丽米拉·吐尔洪", "土地纠纷"),
    )
    header = ("序号", "村", "当事人", "纠纷类型")
    tab = "\n".join("\t".join(r) for r in (header, *rows)) + "\n"
    pipe = "\n".join("| " + " | ".join(r) + " |" for r in (header, ("---",) * 4, *rows)) + "\n"
    csv = "\n".join(",".join(r) for r in (header, *rows)) + "\n"
    for text in (tab, pipe, csv):
        persons = ("符丽娟", "韦国庆", "欧阳春", "黎志强", "尉迟红", "古丽米拉·吐尔洪")
        assert found(text, ["name"]) == names(text, *persons), text
    # a unit or a word after 与 in such a cell is no person (the cell is not parted)
    text = tab.replace("韦国庆", "村委会")
    got = [text[s:e] for _k, s, e in found(text, ["name"])]
    assert "村委会" not in got and got[-4:] == ["欧阳春", "黎志强", "尉迟红", "古丽米拉·吐尔洪"]
    # nor are a sentence's words around 及 in a row of prose read as a table's
    prose = '"1","实行重大决策预公开制度，对涉及群众切身利益、需要社会广泛知晓的事项"\n'
    assert found(prose, ["name"]) == []
