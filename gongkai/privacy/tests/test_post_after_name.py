"""A name followed by its post in an organ acts in office (issue 16)."""

from gongkai.privacy.tests.spans import found, names


def _names(text):
    return found(text, ["name"])


def test_agents_of_an_organ_by_their_post_and_a_lawyer_kept():
    text = (
        "答辩人：某县自然资源局。\n"
        "委托诉讼代理人：丁文涛，县自然资源局法规股副股长。\n"
        "出庭人员：蒋小红，县人民政府办公室科员；\n"
        "委托诉讼代理人：柳志远，湘中明德律师事务所律师。\n"
        "被答辩人：潘桂兰，女，1962年4月5日出生，住城关镇东风路8号。\n"
    )
    got = _names(text)
    assert names(text, "柳志远")[0] in got
    assert names(text, "潘桂兰")[0] in got
    assert names(text, "丁文涛")[0] not in got
    assert names(text, "蒋小红")[0] not in got


def test_retired_officials_and_other_particulars_stay_persons():
    text = (
        "申请人：罗建华，县水利局退休干部，住城关镇北门路3号。\n第三人：吴春梅，原县供销社主任。\n"
    )
    got = _names(text)
    for span in names(text, "罗建华", "吴春梅"):
        assert span in got
