"""Units' lines read from their own shape (issue 16, privfix17d: ``unitlines``).

Invented cases, none from the held-out documents: a label naming the hours a line answers
(24小时, 全天, 昼夜), a desk's note after the number (（直拨）, （总机）, （值班室）), a unit's
particulars in a bracket after its name or its member's post, and an export's head group
giving the reporting unit's contact. Their counterparts keep a private person's landline:
a home's label or note, a bracket holding a home address, a person's record in an export.
"""

import pytest

from .spans import at, found

UNITS = [
    "县救助管理站24小时求助电话：0745-6231100　(0745)6231101",
    "全天候服务热线：0745-6231200、0745-6231201",
    "昼夜值守电话 0745-6231300",
    "烈士陵园管理员电话：6231400（城区直拨）",
    "门卫：0745-6231500（总机）",
    "反映情况请联系：0745-6231600（值班室）",
    "委托诉讼代理人：郝某，湖南青禾律师事务所律师（地址：青峪县建设路8号，电话：0745-6231700）。",
    "<head>\n  <tbdw>青峪县民政局</tbdw>\n  <lxr>单某</lxr>\n  <lxdh>0745-6231800</lxdh>\n</head>",
    '{"reportUnit": "青峪县退役军人事务局", "contact": "某某", "tel": "0745-6231900"}',
]

# (text, the landline kept)
PERSONS = [
    ("求助人：覃春生，家庭电话：0745-6232100；县救助站24小时热线：0745-6231100", "0745-6232100"),
    ("联系人：贺美玲（住宅）0745-6232200", "0745-6232200"),
    (
        "申请人：苏建国，住青峪县建设路9号（住址：青峪县建设路9号，电话：0745-6232300）",
        "0745-6232300",
    ),
    (
        "<record>\n  <xm>龙光明</xm>\n  <gzdw>青峪县水利局</gzdw>\n  <jtdh>0745-6232400</jtdh>\n</record>",
        "0745-6232400",
    ),
]


@pytest.mark.parametrize("text", UNITS)
def test_unit_line_not_found(text):
    assert found(text, ["landline"]) == []


@pytest.mark.parametrize("text,number", PERSONS)
def test_private_landline_kept(text, number):
    assert at(text, "landline", number) in found(text, ["landline"])
