"""A public desk named in a bracket right after a landline (issue 16, privfix16xb).

"0771-…（派出所代填）", "（社区电话）", "（村委会）": the bracket names the unit that holds the
number or filled it in for the person, so the number is that desk's, in any layout. A
person's own workplace ("（单位）", "（公司）"), home ("（家庭）", "（住宅）") or kin
("（其母）") in the bracket keeps the number private.
"""

import pytest

from .spans import found


def _values(text):
    return sorted(text[s:e] for _, s, e in found(text, ["landline"]))


CASES = {
    "quoted_csv_filled_in_by_station": (
        '"序号","姓名","联系电话","办理派出所"\n'
        '"1","韦德明","0771-3706572（派出所代填）","城关派出所"\n'
        '"2","韦明","0771-3706573","城关派出所"\n',
        ["0771-3706573"],
    ),
    "tsv_filled_in_by_community": (
        "序号\t姓名\t联系电话\n1\t韦德明\t0771-3706572（社区代填）\n2\t韦明\t0771-3706579\n",
        ["0771-3706579"],
    ),
    "pipe_village_committee_phone": (
        "| 姓名 | 电话 |\n|---|---|\n| 韦德明 | 0771-3706572(村委会电话) |\n"
        "| 韦明 | 0771-3706579 |\n",
        ["0771-3706579"],
    ),
    "kv_property_desk": ("姓名：韦德明\n联系电话：（0771）3706572（物业）\n", []),
    "one_cell_a_line": ("姓名\n韦德明\n联系电话\n3706572（居委会）\n", []),
    # near misses: the person's own line
    "kv_home_note": ("姓名：韦德明\n联系电话：0771-3706572（家庭）\n", ["0771-3706572"]),
    "kv_kin_note": ("姓名：韦德明\n联系电话：0771-3706572（其母）\n", ["0771-3706572"]),
    "kv_work_note": (
        "联系人：韦德明\n联系人电话：13877001234　0771-3706572（单位）\n",
        ["0771-3706572"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bracketed_desk(name):
    text, expected = CASES[name]
    assert _values(text) == sorted(expected)
