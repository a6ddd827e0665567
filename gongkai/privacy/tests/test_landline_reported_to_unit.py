"""A unit the reader reports back to, its number closing the sentence (issue 16, privfix16xb).

"整改情况请向某派出所警务室反馈，电话…": the reader is sent to a desk (警务室, 值班室), a squad
(大队, 中队) or any unit with a verb of reporting back (反馈, 报告, 报备, 申报) as well as the
older 联系 / 反映 / 咨询; the number is that unit's. A person's number after a person who
reported to a unit, or after a person told of by name, stays private.
"""

import pytest

from .spans import found


def _values(text):
    return sorted(text[s:e] for _, s, e in found(text, ["landline"]))


CASES = {
    "prose_desk_feedback": ("整改情况请向城关派出所社区警务室反馈，电话 0771-6540625。", []),
    "prose_community_feedback_colon": ("整改结果请向社区居委会反馈，电话：0771-5530118。", []),
    "prose_report_to_station": ("发现可疑情况请及时向辖区派出所报告，联系电话 0771-5521109。", []),
    "prose_squad_declare": ("电动车上牌请到县交警大队申报，电话（0771）3209911。", []),
    "prose_duty_room_bare_local": ("夜间请向值班室报备，电话 5531100。", []),
    "pipe_notice_above_table": (
        "# 整改清单\n\n请将整改情况向镇综治中心反馈，电话 0771-6201188。\n\n"
        "| 序号 | 房东 | 房东电话 |\n|---|---|---|\n| 1 | 韦德明 | (0771)2943403 |\n",
        ["(0771)2943403"],
    ),
    # near misses: the person's own number
    "person_told_by_name": ("请向王某反馈，电话 0771-6540625。", ["0771-6540625"]),
    "person_reported_then_own": (
        "租户韦明已向社区报告，其本人家庭电话 0771-5524471。",
        ["0771-5524471"],
    ),
    "kv_landlord_home": ("房东：韦德明\n家庭电话：0771-5521807\n", ["0771-5521807"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_reported_to_unit(name):
    text, expected = CASES[name]
    assert _values(text) == sorted(expected)
