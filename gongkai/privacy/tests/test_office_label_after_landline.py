"""A landline followed by the label of the office that handles the matter ("承办科室：",
"经办部门："): the office's line, no one's (patterns ``OFFICE_AFTER``)."""

from .spans import at, found

FOOT = "（本期共受理12件。联系电话：0745-3316100　承办科室：法制股）\n"
LINE = "（本月登记9件。联系电话：0745-3398800；经办部门：户政中队）\n"
# a person's landline followed by his employer (no office's label) stays a finding
NEAR = "举报人：甘霖，家庭电话：0745-3316208，工作单位：石门乡中学。\n"


def test_footer_office_label():
    assert found(FOOT, ["landline"]) == []


def test_line_office_label():
    assert found(LINE, ["landline"]) == []


def test_a_home_phone_is_kept():
    assert found(NEAR, ["landline"]) == [at(NEAR, "landline", "0745-3316208")]
