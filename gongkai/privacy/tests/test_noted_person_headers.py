"""A person's header with a note in brackets starts a delimited table (issue 16, privfix18e):
"| 承包人（二房东） |" heads a column of persons like "| 承包人 |", and the table's
address column is read."""

from .spans import at, found

PIPE = (
    "| 序号 | 出租房屋地址 | 转租人（二房东） | 联系电话 | 居住人数 |\n"
    "|---|---|---|---|---|\n"
    "| 1 | 东河县城南街道建设路18号 | 蒯德明 | 13911520347 | 12 |\n"
    "| 2 | 东河县城南街道建设路26号 | 甄小燕 | 13911520348 | 9 |\n"
    "| 3 | 东河县城北镇兴业路7号 | 龙国柱 | 13911520349 | 15 |\n"
)


def test_noted_person_header_opens_the_table():
    got = found(PIPE, ["name", "address"])
    for piece in ("蒯德明", "甄小燕", "龙国柱"):
        assert at(PIPE, "name", piece) in got
    assert at(PIPE, "address", "东河县城南街道建设路26号") in got
    assert at(PIPE, "address", "东河县城北镇兴业路7号") in got


def test_signature_line_with_noted_role_is_no_table():
    text = "申请人（签字）：\n审核人（盖章）：\n东河县城南街道建设路18号为办公地点。\n"
    got = found(text, ["name", "address"])
    assert at(text, "address", "东河县城南街道建设路18号") not in got
