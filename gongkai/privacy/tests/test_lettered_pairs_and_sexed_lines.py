"""Stall numbers with a letter before a person, and numbered lines of a person and their sex."""

from .spans import found, missing_names


def test_lettered_numbers_each_before_a_person():
    text = (
        "关于临时停车位摇号结果的公示\n"
        "一、东区\n"
        "D01 蒋玉兰\u3000D02 韦国庆\u3000D03 柏成才\n"
        "KB7 严秋菊  KB8 史大勇\n"
    )
    assert missing_names(text, "蒋玉兰", "韦国庆", "柏成才", "严秋菊", "史大勇") == []


def test_lettered_numbers_before_words_are_no_persons():
    text = "路线如下\nG107 国道\u3000S205 省道\u3000X012 县道\nA01 展区  A02 仓库\n"
    assert found(text, ["name"]) == []


def test_numbered_line_of_a_person_and_sex():
    text = (
        "现将认定名单公告如下：\n"
        "1、孔令辉 男 高级中学教师资格（地理）\n"
        "2. 申雪梅\u3000女\u3000幼儿园教师资格\n"
        "13．欧阳晓 女，小学\n"
    )
    assert missing_names(text, "孔令辉", "申雪梅", "欧阳晓") == []


def test_numbered_line_of_a_word_and_sex_is_no_person():
    text = "统计如下：\n1. 合计 男 12人\n2. 其中 女 8人\n3. 教师 男 3人\n"
    assert found(text, ["name"]) == []


def test_numbered_line_of_a_surname_alone_is_no_person():
    # a name cut by its cell in an aligned table: the surname alone is left
    text = "名单：\n 4     司马      男    太平镇\n 5     上官      女    新庙镇\n"
    assert found(text, ["name"]) == []


def test_numbered_items_with_notes_parted_by_semicolons():
    text = (
        "五、未到场人员\n"
        "D03 岑玉梅（电话已告知，由其子代签）；D11 符海生（电话138****2211）；"
        "E02 诸葛亮平（外出务工）。\n"
    )
    assert missing_names(text, "岑玉梅", "符海生", "诸葛亮平") == []


def test_numbered_items_of_units_or_officials_are_no_persons():
    text = (
        "联系方式\n"
        "A01 城管中队（电话0530-1234567）；A02 市场监管所（工作日）\n"
        "B01 王站长（镇农技站派驻）；B02 李主任（街道办干部）\n"
    )
    assert found(text, ["name"]) == []
