"""Keepers named in their trade names alone (tradekeepers), and the inspectors and area
officers of a register acting in office (servicestaff: 检查员, 包片监管员).

The keeper's name inside an individual business's trade name is marked, the rest of the
trade name plain (README, twelfth sitting), also where no other cell names the keeper: a
place opens the trade name, a name follows it, a word of goods or trade and a shop's word
end it. A trade name by a word (a brand) stays plain; so does a company's.
"""

import pytest

from .spans import found, heldout

COMPLAINTS = """"编号","投诉人","联系电话","被投诉方","投诉事由"
"TS-01","⟦name:邱慧敏⟧","⟦mobile:13971208845⟧","某县城关镇⟦name:柏春生⟧五金店","以次充好"
"TS-02","⟦name:仇立新⟧","⟦mobile:15172630921⟧","某县东城街道⟦name:卜玉珍⟧副食店","销售过期食品"
"TS-03","⟦name:盛晓燕⟧","⟦mobile:18607281136⟧","某县东城街道⟦none:金龙⟧饭店","价格欺诈"
"TS-04","⟦name:褚文斌⟧","⟦mobile:13329950126⟧","某县宏达贸易有限公司","虚假宣传"
"""

# a keeper of two characters: named on its own elsewhere in the record
ROWS = """序号	名称	经营者	联系电话
1	某县桥头镇⟦name:简飞⟧竹器加工坊	⟦name:简飞⟧	⟦mobile:13905771234⟧
2	某县桥头镇⟦none:乐家⟧五金店	⟦name:韩春兰⟧	⟦mobile:13905775678⟧
"""

LABEL = """被投诉人：某县安阳街道⟦name:欧阳淑芬⟧茶馆
投诉人：⟦name:时秋云⟧，联系电话⟦mobile:13857712204⟧。
"""

# a gas company's inspectors and a market office's area officer, by their column
INSPECTION = """序号\t户主\t联系电话\t检查结果\t检查员
1\t⟦name:苗德福⟧\t⟦mobile:13987420016⟧\t合格\t⟦none:尹建军⟧、⟦none:田雪梅⟧
2\t⟦name:桂淑英⟧\t⟦mobile:15887430027⟧\t有隐患\t⟦none:尹建军⟧、⟦none:田雪梅⟧
"""

AREA = """序号\t经营者\t联系电话\t属地市场监管所\t包片监管员
1\t⟦name:卢秀芳⟧\t⟦mobile:13574920031⟧\t城关市场监管所\t⟦none:蒙志刚⟧
2\t⟦name:麦永康⟧\t⟦mobile:13874920052⟧\t城关市场监管所\t⟦none:蒙志刚⟧
"""


@pytest.mark.parametrize("marked", [COMPLAINTS, ROWS, LABEL, INSPECTION, AREA])
def test_keepers_in_trade_names_and_inspectors_in_office(marked):
    doc = heldout().parse("fixture.txt", marked)
    got = found(doc.text, ["name"])
    assert sorted(got) == sorted(("name", s, e) for s, e, k in doc.labels if k == "name")
