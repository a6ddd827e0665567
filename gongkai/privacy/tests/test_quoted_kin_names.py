"""A relative's name quoted right after the kinship (“委托儿子“X”领取”, a CSV cell's doubled
quotes 女儿""X"") is a name (kinprose ``_quoted``); a quoted word that is no name after a
kinship ("儿子“很孝顺”") is left alone."""

from .spans import found, names


def test_quoted_relatives_in_a_csv_cell_and_in_prose():
    text = (
        "序号,姓名,原工作单位,身份证号码,领取情况\n"
        '1,滕德厚,某县煤炭工业公司,430321195208143215,"住院中，委托儿子""祁文斌""领取"\n'
        '2,邝玉珠,某县纺织有限公司,430321194911024428,"由女儿""车小燕""、女婿""尚志刚""陪同领取"\n'
        "另，困难户邝玉珠由其孙女“车婉婷”代为签收。\n"
    )
    expect = names(text, "滕德厚", "祁文斌", "邝玉珠", "车小燕", "尚志刚", "邝玉珠", "车婉婷")
    assert found(text, ["name"]) == expect


def test_near_miss_a_quoted_word_after_a_kinship():
    text = "来电人称其儿子“很孝顺”，女儿“在外地”，联系电话13907424339。\n"
    assert found(text, ["name"]) == []
