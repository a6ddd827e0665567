"""A Taiwan permit's number with its holder's cell between the document's name and the
number: a lost-and-found list one cell a line, a tab or pipe row."""

from .spans import at, found

STACKED = (
    "序号\n证件类型\n持证人\n证件号码\n拾获地点\n"
    "1\n台湾居民来往大陆通行证\n黎德福\n49906882\n公交站\n"
    "2\n往来港澳通行证\n覃丽\n12345678\n服务站\n"
)
TAB = "序号\t证件类型\t持证人\t证件号码\n1\t台胞证\t上官明\t0961834701\n"
PIPE = "| 1 | 台湾居民来往大陆通行证 | 蒙秀英 | 51234567 | 城关 |\n"
NEAR = "台湾居民来往大陆通行证\n黎德福\n2026-10-10\n车辆通行证\n城关站\n35678901\n"


def test_stacked_list_taiwan_number_only():
    assert found(STACKED, ["permit"]) == [at(STACKED, "permit", "49906882")]


def test_tab_and_pipe_rows():
    assert found(TAB, ["permit"]) == [at(TAB, "permit", "0961834701")]
    assert found(PIPE, ["permit"]) == [at(PIPE, "permit", "51234567")]


def test_dates_and_vehicle_passes_left_alone():
    assert found(NEAR, ["permit"]) == []
