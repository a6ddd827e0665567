"""Persons in a cell's note under a header whose note names persons, the next table's
header under an aligned table, and form labels or disability categories that are no
names (issue 16)."""

from .spans import at, found, missing_names


def _names(text):
    return [text[s:e] for kind, s, e in found(text) if kind == "name"]


def test_guardians_in_brackets_under_a_noted_header_pipe():
    text = (
        "| 编号 | 受助学生（家长） | 身份证号 | 就读学校 | 资助金额 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 01 | 郑雨桐（郑国强） | 450102201003151226 | 第二中学 | 2000 |\n"
        "| 02 | 韦晓芸（韦金山、蓝秀梅） | 450102200911020042 | 实验小学 | 1500 |\n"
    )
    got = found(text, ["name"])
    for piece in ("郑雨桐", "郑国强", "韦晓芸", "韦金山", "蓝秀梅"):
        assert at(text, "name", piece) in got
    assert "第二中学" not in _names(text)


def test_guardians_in_brackets_aligned_and_tabbed():
    aligned = (
        "序号  救助儿童（监护人）    性别  残疾类别  家庭住址\n"
        "1     唐可欣（唐文军）      女    听力      城南街道新河社区建设路8号\n"
        "2     梁子轩（梁志刚）      男    智力      北关镇古城村后街15号\n"
    )
    assert missing_names(aligned, "唐可欣", "唐文军", "梁子轩", "梁志刚") == []
    assert "智力" not in _names(aligned) and "听力" not in _names(aligned)
    tabbed = "序号\t幼儿（监护人）\t入园时间\n1\t石乐瑶（石海波）\t2023.09\n"
    assert missing_names(tabbed, "石乐瑶", "石海波") == []


def test_a_note_that_is_no_person_stays_unmarked():
    text = (
        "| 序号 | 受助儿童（监护人） | 金额 |\n| --- | --- | --- |\n"
        "| 1 | 邓思雨（已故） | 300 |\n| 2 | 贺一鸣（户主） | 300 |\n| 3 | 包小满（低保） | 300 |\n"
    )
    got = _names(text)
    assert "已故" not in got and "户主" not in got and "低保" not in got
    assert {"邓思雨", "贺一鸣", "包小满"} <= set(got)
    # a header whose note is no person: the cell's note is no name either
    plain = "| 序号 | 姓名（曾用名） | 金额 |\n| --- | --- | --- |\n| 1 | 龙海燕（阿燕） | 300 |\n"
    assert "阿燕" not in _names(plain)


def test_the_next_aligned_header_ends_the_table_above():
    text = (
        "2024年下半年 临时救助 名单\n"
        "序号 姓 名   住 址          救助事由      金额(元)\n"
        "1  祁建新  上河村九组6号   火灾      1500\n"
        "2  巫小琴  上河村一组27号   因病      3000\n"
        "3  阮国栋  上河村二组5号   因病住院      800\n"
        "\n"
        "2024年 公益性岗位 人员 公开 (村级护路员、保洁员)\n"
        "岗 位    姓名    片区   每月补贴  电话\n"
        "护路员    苗长春   东片    500元   13512345678\n"
        "保洁员    米秀兰   西片    600元   13687654321\n"
    )
    got = _names(text)
    assert {"祁建新", "巫小琴", "阮国栋", "苗长春", "米秀兰"} <= set(got)
    assert "片区" not in got and "东片" not in got and "西片" not in got


def test_form_labels_under_a_person_column_are_no_names():
    text = (
        "姓名      与户主关系   身份证号\n"
        "卢文华    户主         (同上)\n"
        "卢小燕    子女         450102199905061522\n"
        "现住房面积 ( 平方米 )  86   现住房处置情况: 保留\n"
    )
    got = _names(text)
    assert "卢文华" in got and "卢小燕" in got
    assert not any("面积" in n or "情况" in n for n in got)
