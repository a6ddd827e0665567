"""A spreadsheet saved as tab-separated text keeps a cell's line breaks inside quotes
(issue 16, docs84): only the multi-line cells are quoted, so the record is read as one
row and the caller's column lines up in every record after such a cell; the handling
unit and its phone stay clean."""

from .spans import at, found

HEAD = "工单编号\t来电人\t来电号码\t诉求内容\t承办单位\t承办单位电话\n"
ROWS = (
    (
        "GD-01",
        "韩立秋",
        "13905641234",
        '"反映路灯不亮。\n诉求人要求尽快处理。"',
        "县住建局",
        "0564-5339312",
    ),
    (
        "GD-02",
        "贝思远",
        "15807151234",
        '"反映噪音扰民。\n要求电话回复。"',
        "县公安局",
        "0564-3358867",
    ),
    ("GD-03", "祁晓岚", "0564-6676824", "反映孩子入学问题", "县教育局", "0564-5597616"),
    (
        "GD-04",
        "简若楠",
        "19685487162",
        '"反映水压不足。\n\n要求书面答复。"',
        "县水务局",
        "0564-6296363",
    ),
)


def test_callers_after_multiline_cells_are_found():
    text = HEAD + "\n".join("\t".join(r) for r in ROWS) + "\n"
    got = found(text, ["name"])
    for row in ROWS:
        assert at(text, "name", row[1]) in got
    values = {text[s:e] for _k, s, e in got}
    assert not values & {"县住建局", "县公安局", "要求电话回复"}
