"""An office's staff acting on a case, their line's number the office's (issue 16, privfix16xb).

"送达人：X、Y　联系电话：(0xxx)…", "调查人：X　电话：…", "记录人：X　座机：…": the acts the office
does on a case (送达, 调查, 询问, 记录, 检查, 受理, 核查) name its staff, so the number on their
line is the office's, as for 承办人 / 经办人. The party the act is done to (被询问人,
被调查人) is a private person: their number stays.
"""

import pytest

from .spans import found


def _values(text):
    return sorted(text[s:e] for _, s, e in found(text, ["landline"]))


CASES = {
    "decision_server_pair": (
        "兰溪县消防救援大队\n\n送达人：黄志、刘建　　联系电话：(0771)4219119\n",
        [],
    ),
    "record_header_investigator": ("调查人：黄志　记录人：刘建　电话：0771-4219119\n", []),
    "inspector_line_bare_local": ("检查人：黄志　联系电话：4219119\n", []),
    # near misses: the party's own line
    "party_questioned": (
        "询问人：黄志　记录人：刘建\n被询问人：韦德明，住城南路12号，家庭电话0771-5219118\n",
        ["0771-5219118"],
    ),
    "party_questioned_same_line": (
        "被询问人：韦德明　　联系电话：(0771)5219118\n",
        ["(0771)5219118"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_case_staff_line(name):
    text, expected = CASES[name]
    assert _values(text) == sorted(expected)
