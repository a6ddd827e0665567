"""A unit's row in a register of users: a post (管理员, 后勤负责人) where the name stands
and a unit as the user make the landline the unit's desk (rolecells)."""

import pytest

from .spans import at, found


def _rows(sep, pad, rows):
    lines = []
    for r in rows:
        inner = (pad + sep + pad).join(r)
        lines.append(f"{sep}{pad}{inner}{pad}{sep}" if sep == "|" else inner)
    return "\n".join(lines) + "\n"


_HEAD = ["序号", "使用者", "户主/联系人", "联系电话", "器具名称"]


@pytest.mark.parametrize("sep,pad", [("|", " "), ("|", ""), ("|", "　"), (",", "")])
@pytest.mark.parametrize(
    "unit,post",
    [
        ("某县人民医院营养食堂", "后勤负责人"),
        ("某某中心小学", "管理员"),
        ("某某粮油有限公司", "办公室"),
        ("某镇卫生院", "总务科长"),
    ],
)
def test_a_unit_s_row_with_a_post_keeps_its_landline_clean(sep, pad, unit, post):
    text = _rows(
        sep,
        pad,
        [
            _HEAD,
            ["1", "摊位15号", "文某某", "0773-8299005", "电子台秤"],
            ["2", unit, post, "0773-2400959", "电子台秤"],
        ],
    )
    got = found(text, {"landline"})
    assert at(text, "landline", "0773-2400959") not in got
    assert at(text, "landline", "0773-8299005") in got


def test_a_post_after_a_person_s_stall_or_with_an_id_in_the_row_stays_found():
    text = _rows(
        "|",
        " ",
        [
            ["序号", "使用者", "联系人", "联系电话", "身份证号"],
            ["1", "摊位15号", "负责人", "0773-8299005", ""],
            ["2", "某某小学", "负责人", "0773-2400959", "450321198001011235"],
        ],
    )
    got = found(text, {"landline"})
    assert at(text, "landline", "0773-8299005") in got
    assert at(text, "landline", "0773-2400959") in got
