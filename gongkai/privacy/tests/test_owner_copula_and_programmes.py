"""An owner named after a copula (cuecopula: 犬主为X，, 店主是X。) and a charity's programme
written in two dotted parts, no transliterated name (dottededges: 乡村振兴·助老), privfix19b
after docs259–docs260.

Near misses: an owner's word before a word that is no name (店主是本地人, 车主为个体户), a
copula before a name running on into the sentence (业主为张家村委会), and programmes
(慈善·助学, 乡村振兴·扶贫, 助残·扶困) beside a real dotted name. (A small CSV of donors may still read
such a project cell as a name by its column: not reached by this rule.)
"""

import pytest

from ..dottededges import dotted_names
from .spans import found, heldout

ORDERS = """{"gdbh": "GD-0301", "sqnr": "来电反映小区内有犬只无绳遛放，经核实该户犬主为⟦name:聂春生⟧，已督促整改。", "lxdh": "⟦mobile:13807451236⟧"}
{"gdbh": "GD-0302", "sqnr": "来电反映某路口宠物店占道经营，店主是⟦name:晏红英⟧。", "lxdh": "⟦mobile:15907451348⟧"}
{"gdbh": "GD-0303", "sqnr": "来电反映店主是本地人，车主为个体户，长期占道。", "lxdh": "⟦mobile:18607451459⟧"}
"""

# a programme in two dotted parts beside a real dotted name, read by ``dotted_names`` alone
DOTTED = "捐赠人阿依古丽·买买提，定向捐赠乡村振兴·扶贫，，另一笔定向慈善·助学，一笔定向助残·扶困。"


def test_programmes_are_no_dotted_names():
    got = [DOTTED[s:e] for s, e, _kind, _c in dotted_names(DOTTED)]
    assert got == ["阿依古丽·买买提"]


@pytest.mark.parametrize("marked", [ORDERS])
def test_owner_after_copula_and_programmes_plain(marked):
    doc = heldout().parse("fixture.txt", marked)
    got = found(doc.text, ["name"])
    assert sorted(got) == sorted(("name", s, e) for s, e, k in doc.labels if k == "name")
