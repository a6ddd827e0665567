"""Headings that are no persons (issue 16, MM).

- A note in brackets on a line of its own ("（供业主查询、报修使用）") under a heading
  ("…联系名录") says nothing of the heading's last words: only a run right before the
  bracket, on its line, is the noted person.
- In a delimited block a title or a filler's note spread over a row (one cell filled, the
  others empty: "填报单位：…","","") is no header; the header is the next row, and a
  footnote's words under its 序号 column (备注：…申报主体…) are no names.
"""

from .spans import at, found


def test_heading_above_a_note_line():
    text = "物业服务企业及监管部门联系名录\n（2026年更新，供业主查询、报修及投诉使用）\n物业公司客服：0817-6283015\n"
    assert found(text, ["name"]) == []


def test_noted_person_on_its_line_stays():
    text = "经核实，周守仁（本小区业主）已缴清物业费，联系电话13912345678。"
    assert at(text, "name", "周守仁") in found(text, ["name"])


def _quoted(rows):
    return "\n".join(",".join(f'"{c}"' for c in row) for row in rows) + "\n"


def test_title_row_then_header_in_quoted_csv():
    rows = [
        ["临川县种粮大户补贴申报汇总表"],
        ["填报单位：临川县农业农村局", "", "", "", ""],
        ["序号", "申报主体", "主体类型", "身份证号码", "联系电话"],
        ["1", "临川县丰源粮食种植专业合作社", "合作社", "", "0817-3023995"],
        ["2", "刘秀梅", "种粮大户", "511321196910239667", "15241483082"],
        ["3", "甄树林", "种粮大户", "511321197706226396", "15786052593"],
        ["4", "孙志刚", "种粮大户", "51132119710224151X", "15529725053"],
        ["备注：个人申报主体以承包户本人身份申报。", "", "", "", ""],
    ]
    text = _quoted(rows)
    got = found(text, ["name"])
    assert not [s for s in got if text[s[1] : s[2]] in ("申报主体", "主体类型", "填报单位")]
    for person in ("刘秀梅", "甄树林", "孙志刚"):
        assert at(text, "name", person) in got
