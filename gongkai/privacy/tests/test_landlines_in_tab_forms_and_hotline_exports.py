"""A home landline without its area code in a form's label cell and value cell parted by a
tab (a DOCX form copied out), and in a column headed 来电号码 / 回访号码 of a hotline's
export (tab, semicolon or pipe), the row's caller named beside a column of homes; units'
numbers in the same forms and exports stay left alone."""

import pytest

from .spans import at, found

LANDLINE = ["landline"]


@pytest.mark.parametrize(
    "label",
    ["家庭固定电话", "户籍地家中电话", "住宅电话", "家庭座机", "宅电号码", "固话："],
)
def test_tab_parted_label_and_value_cell(label):
    text = f"申请人\t罗桂英\t性别\t女\n联系电话\t13807361234\n{label}\t7463125\n备注\t无"
    assert found(text, LANDLINE) == [at(text, "landline", "7463125")]


def test_tab_parted_eight_digits_beside_mailbox_cell():
    text = "姓名\t韦春燕\n家庭固定电话\t84621937\t电子邮箱\tchunyan_w@126.com\n"
    assert found(text, LANDLINE) == [at(text, "landline", "84621937")]


@pytest.mark.parametrize(
    "line",
    [
        "村委会办公电话\t6213395",
        "县残联值班电话\t4681200",
    ],
)
def test_units_numbers_in_tab_cells_left_alone(line):
    text = f"审核意见\t同意\n{line}\n"
    assert found(text, LANDLINE) == []


@pytest.mark.parametrize("sep", [";", "\t", "|"])
@pytest.mark.parametrize("head", ["来电号码", "回访号码", "联系号码"])
def test_hotline_export_number_columns(sep, head):
    rows = [
        ["工单号", "来电人", head, "来电人地址", "诉求内容", "承办单位", "承办单位电话"],
        [
            "GD0912",
            "韩秀珍",
            "6614872",
            "北关镇东营村4组17号",
            "反映低保",
            "县民政局",
            "0391-6612345",
        ],
        [
            "GD0913",
            "骆志强",
            "0391-6629031",
            "南街道石桥路8号",
            "咨询补贴",
            "县财政局",
            "0391-6613456",
        ],
    ]
    text = "\n".join(sep.join(r) for r in rows) + "\n"
    assert found(text, LANDLINE) == [
        at(text, "landline", "6614872"),
        at(text, "landline", "0391-6629031"),
    ]


def test_number_column_of_units_list_left_alone():
    # a list of units with their numbers: no column of persons' homes
    text = "单位名称;联系号码;办公地址\n县民政局;6612345;县城人民路8号\n县财政局;6613456;县城人民路10号\n"
    assert found(text, LANDLINE) == []
