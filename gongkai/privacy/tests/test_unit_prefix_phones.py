"""A unit's landline named by the office right before it, a switchboard's, a fax's
(``unitprefixes``), and persons' landlines beside such words still found."""

import pytest

from .spans import at, found


def _landlines(text):
    return found(text, ["landline"])


@pytest.mark.parametrize(
    "text",
    [
        "　　县委组织部：(0773)6120512；县民政局政务邮箱：lymzj@guilin.gov.cn。",
        "章川市人民检察院刑事执行检察部：0797 8201334。",
        "县民政局村民理财小组：0773-6612345",
        "一、联系方式\n东街居民小组联系电话｜0773-6612346\n",
        "乡镇民政办电话\t0773-6612345",
        "我爱人也给社区打过电话（社区电话5731909），社区说管不了。",
        "序号\t姓名\t备注\n1\t晏军\t县移民中心核实：0598-58236117转3\n",
        "县河长制办公室设在水利局。总机0598-5821100转8301、8302。",
        "对注销有异议的，可发送邮件，或致电0538-5759579转8103。",
        "可拨打县河长办电话0598-5812345（(0598)5812346传真）",
        "联系电话：0773-6612345，传真：0773-6612399",
    ],
)
def test_an_office_named_at_the_number_keeps_it(text):
    assert _landlines(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("申请人：韦秀兰，住平乐县城关镇建设路8号，家庭电话：0773-7882415。", "0773-7882415"),
        ("父亲：覃永福，住宅电话：0773-7861132", "0773-7861132"),
        (
            "当事人莫小红，女，住平乐县二塘镇沙江村3组12号，联系电话0773-7856201。",
            "0773-7856201",
        ),
        ("姓名\t住址\t家庭电话\n蒙春花\t平乐县二塘镇沙江村9号\t0773-7861132\n", "0773-7861132"),
    ],
)
def test_a_persons_landline_beside_office_like_words_is_found(text, number):
    assert _landlines(text) == [at(text, "landline", number)]


def test_a_home_note_after_the_number_outweighs_a_sentence_about_offices():
    text = (
        "被监护人覃小丽，女，2018年生，系申请人之兄的外孙女，来县城就读，"
        "原监护人覃永福，联系电话0773-6829931（家中座机）。"
    )
    assert _landlines(text) == [at(text, "landline", "0773-6829931")]


def test_a_note_on_a_units_gatehouse_is_no_home():
    text = "请到县民政局办理，联系电话：0773-6612345（家属院门卫）。"
    assert _landlines(text) == []
