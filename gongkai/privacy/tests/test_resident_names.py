"""Issue 16: persons named with their nationality or the region they live in ("朴成浩为
大韩民国籍", "林志豪为台湾居民", "黄家伟系香港特别行政区居民", "约翰·史密斯（美国籍）").
Near misses: 户籍, 籍贯, the names of travel documents (台湾居民来往大陆通行证), a law's
name, a word for persons that is no name (股东为香港居民), and a company's legal
representative in a table, not found again from the note under it.
"""

from __future__ import annotations

from .spans import at, found, names


def test_nationality_and_region_make_the_name_before_them_a_person():
    cases = [
        (
            "注：朴成浩为大韩民国籍，林志豪为台湾居民，黄家伟为香港居民。\n",
            ("朴成浩", "林志豪", "黄家伟"),
        ),
        ("经核实，黄家伟系香港特别行政区居民；陈美玲为澳门居民。\n", ("黄家伟", "陈美玲")),
        ("备注：拉杰什·库马尔为印度籍，苏建华系台湾同胞。\n", ("拉杰什·库马尔", "苏建华")),
        ("送达对象：1.约翰·史密斯（美国籍）\n", ("约翰·史密斯",)),
        ("其中，王国庆为中国国籍，金美善为韩国籍。\n", ("王国庆", "金美善")),
    ]
    for text, persons in cases:
        got = found(text, ("name",))
        for span in names(text, *persons):
            assert span in got, (text, span)


def test_words_of_residence_and_documents_without_a_person():
    for text in (
        "该公司为外资企业，股东为香港居民。\n",
        "本村户籍人口，籍贯为山东。\n",
        "持台湾居民来往大陆通行证或港澳居民居住证办理。\n",
        "依照《中华人民共和国国籍法》规定。\n",
        "申请材料为书籍，印刷品为外文。\n",
    ):
        assert found(text, ("name",)) == [], text


def test_a_company_representative_in_a_table_is_not_found_again_from_the_note():
    text = (
        "| 序号 | 纳税人名称 | 法定代表人 | 证件号码 |\n|---|---|---|---|\n"
        "| 1 | 青岛韩星服饰有限公司 | 朴成浩 | KOR370771626757 |\n"
        "| 2 | 青岛海川贸易有限公司 | 林志豪 | 04608786 |\n\n"
        "注：朴成浩为大韩民国籍，林志豪为台湾居民，上述人员可到税务分局领取文书。\n"
    )
    got = found(text, ("name",))
    note = text.index("注：")
    assert got == [at(text, "name", "朴成浩", note), at(text, "name", "林志豪", note)]
