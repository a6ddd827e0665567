"""An individual business's operator named in its bracketed note after a space or a colon
(某县X砖厂（个体工商户，经营者 张三）) is a name, also on a PDF page whose footer names the
office's staff; a legal person's representative in its note is not (privfix26c,
operatornotes)."""

from .spans import at, found

PAGES = (
    "旺苍县自然资源局                      非法采矿立案登记表（2025年度）                     第 1 页 共 2 页\n"
    "------------------------------------------------------------------------------------------------------\n"
    "立案号                 立案日期     当事人          身份证号码                联系方式         案由\n"
    "旺自然资立〔2025〕3号  2025-02-19   杜明亮          510821198203154318        13890918274      无证开采\n"
    "------------------------------------------------------------------------------------------------------\n"
    "承办：旺苍县自然资源执法大队        制表：孔德明        审核：向春华                         第 1 页\n"
    "\n"
    "旺苍县自然资源局                      非法采矿立案登记表（2025年度）                     第 2 页 共 2 页\n"
    "------------------------------------------------------------------------------------------------------\n"
    "立案号                 立案日期     当事人          身份证号码                联系方式         案由\n"
    "旺自然资立〔2025〕9号  2025-04-09   旺苍县黄洋镇红岩砖厂（个体工商户，经营者 冉德秀）   510821197304152216  15908392261   超量开采\n"
    "------------------------------------------------------------------------------------------------------\n"
    "承办：旺苍县自然资源执法大队        制表：孔德明        审核：向春华                         第 2 页\n"
)


def test_an_operator_in_an_individual_businesss_note_on_a_paged_register():
    got = found(PAGES, {"name"})
    assert at(PAGES, "name", "杜明亮") in got
    assert at(PAGES, "name", "冉德秀") in got
    assert at(PAGES, "name", "孔德明") not in got


def test_a_companys_representative_in_its_note_is_left():
    text = (
        "序号    被检查对象                                          联系电话\n"
        "1       旺苍县红岩建材有限公司（法定代表人 唐国富）          0839-6221406\n"
    )
    assert at(text, "name", "唐国富") not in found(text, {"name"})
