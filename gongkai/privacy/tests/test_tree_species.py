"""Issue 16 (privfix27a): a tree's species alone in a cell of a forestry register (华山松, 毛竹
under 主要树种 in a two-row header) is no person's name. Near misses: the right holders' names,
one of them a species people bear as a name (胡杨).
"""

from __future__ import annotations

from gongkai.privacy import scan_html

from .spans import found

_HTML = """<table>
<tr><th rowspan="2">序号</th><th colspan="2">林权权利人</th><th colspan="3">林地情况</th></tr>
<tr><th>姓名</th><th>身份证号</th><th>小地名</th><th>四至</th><th>主要树种</th></tr>
<tr><td>1</td><td>葛长顺</td><td>350427196203151490</td><td>后门垄</td><td>东至山脊</td><td>马尾松</td></tr>
<tr><td>2</td><td>胡杨</td><td>35042719710904030X</td><td>羊角坑</td><td>西至小溪</td><td>毛竹</td></tr>
</table>
"""


def test_species_cells_are_no_names():
    got = [f.text for f in scan_html(_HTML, allow=[], expressions=False) if f.type == "name"]
    assert got == ["葛长顺", "胡杨"]


def test_species_in_prose():
    text = "经审核，同意采伐黄山松12株、柏木3株，更新造林毛竹林0.6亩。\n"
    assert found(text, ("name",)) == []
