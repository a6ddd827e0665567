"""Names after a word for a person that the strict given-name rule refused (issue 16,
after the tenth and eleventh held-out batches): names of peoples without a Chinese
surname, a strong role cue (入党介绍人, 承包人), folk given names with 有 or 老.

Every fixture is written for these tests (other names, places and numbers than the
held-out documents'); each asserts the exact spans and the near misses left alone.
"""

from gongkai.privacy import validators as v

from .spans import found, missing_names, names


def test_names_without_a_chinese_surname_after_a_cue():
    text = (
        "　　经查，残疾人图雅、乌日娜代领补贴至2025年6月。\n"
        "　　其共同生活家庭成员阿苦日呷（住昭觉东县城北乡5组）可另行申请。\n"
        "　　走访中，其女沙马阿果已外出务工。"
    )
    assert found(text, {"name"}) == names(text, "图雅", "乌日娜", "阿苦日呷", "沙马阿果")


def test_a_strong_role_cue_takes_a_plainer_given_name():
    text = "　　入党介绍人何正刚、邹平。村集体林地承包人汪有福，合同编号LD-2024-011。"
    assert found(text, {"name"}) == names(text, "何正刚", "邹平", "汪有福")


def test_folk_given_names_with_you_and_lao():
    text = "　　本组村民杨老三申请危房改造；承包人龙有根，电话另附。"
    assert missing_names(text, "杨老三", "龙有根") == []
    assert v.folk_given("有福") and v.folk_given("老幺")
    assert not v.folk_given("有关") and not v.folk_given("老师") and not v.folk_given("老实")


def test_cue_words_running_on_are_left_alone():
    text = (
        "　　下列残疾人符合2025年度补贴条件；残疾人本人申请；牧民合作社统一发放；"
        "承包人应于3月前缴清。张有关部门已答复；该村有效申请；王老师说明情况；"
        "家庭成员多达5人。"
    )
    assert found(text, {"name"}) == []


def test_subjects_of_numbered_cases_and_their_later_mentions():
    text = (
        "　　二、宋桂香利用协管员身份截留低保金问题。2023年起，宋桂香多次代领，"
        "共计0.86万元，已全部退回。\n"
        "　　三、某镇财政所违规发放补贴问题。\n"
        "　　四、牧民扎那、巴特尔夫妇虚报草场面积问题。经核实，巴特尔被依法追缴。"
    )
    assert found(text, {"name"}) == names(text, "宋桂香", "宋桂香", "扎那", "巴特尔", "巴特尔")


def test_a_roster_under_a_heading_one_person_a_line():
    text = (
        "三、新增保障名单\n"
        "杨秀珍 盐边北镇 新增2人（因病致贫）\n"
        "沙马尔哈 红格乡 新增4人\n"
        "温德胜 惠民村 新增1人\n"
        "合计 三个乡镇 7人\n"
        "\n"
        "四、经办单位名单\n"
        "民政所 红格乡 负责复核\n"
    )
    assert found(text, {"name"}) == names(text, "杨秀珍", "沙马尔哈", "温德胜")
