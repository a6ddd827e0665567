"""核实人 (the clerk who verified an application) is staff like 核查人 / 审核人: the number in
that cell or label is the office's line; the applicant's own number in the same form stays
found."""

import pytest

from .spans import at, found

LANDLINE = ["landline"]


@pytest.mark.parametrize(
    "line",
    [
        "村委会意见\t情况属实\t乡镇审核\t同意上报\t核实人电话\t0794-82617730",
        "核实人：邹建华　联系电话：0794-8261773",
        "| 核实意见 | 属实 | 核实人 | 龙小兵 | 电话 | 0794-82617731 |",
    ],
)
def test_verifier_number_left_alone(line):
    text = "农房保险理赔申请登记表\n" + line + "\n"
    assert found(text, LANDLINE) == []


def test_applicants_number_in_same_form_found():
    text = "申请人\t聂秋菊\t家庭电话\t0794-82634519\n核实人电话\t0794-82617730\n"
    assert found(text, LANDLINE) == [at(text, "landline", "0794-82634519")]
