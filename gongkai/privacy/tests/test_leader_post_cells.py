"""A leaders' roster (接访日安排, 包保责任表) names each leader with the post in the next
cell under a 职务 header (issue 16, docs82, docs84): officials acting in office, whatever
the separator; the private persons of the same page (预约人, 护林员) stay names, a
village committee's posts do not make their holders officials, and a post cell without
a 职务 header (a 接访领导 column after a visitor) leaves the visitor a person."""

from gongkai.privacy import scan_html

from .spans import at, found

LEADERS = (("卓文涛", "区委书记"), ("莘国梁", "常务副县长"), ("简若楠", "街道办事处主任"))


def _values(text):
    return {text[s:e] for _k, s, e in found(text, ["name"])}


def test_tab_roster_of_leaders_then_visitors():
    rows = ["序号\t姓名\t职务\t接访地点"]
    rows += [f"{k}\t{n}\t{p}\t来访接待中心" for k, (n, p) in enumerate(LEADERS, 1)]
    rows += ["", "预约登记", "序号\t预约人\t联系电话", "1\t韩立秋\t13905641234"]
    text = "\n".join(rows) + "\n"
    assert at(text, "name", "韩立秋") in found(text, ["name"])
    assert not _values(text) & {n for n, _p in LEADERS}


def test_pipe_roster_with_leader_posts():
    rows = ["| 镇街 | 姓名 | 职务 | 办公电话 |", "|---|---|---|---|"]
    rows += [f"| 石门镇 | {n} | {p} | 0578-5546371 |" for n, p in LEADERS]
    text = "\n".join(rows) + "\n"
    assert not _values(text) & {n for n, _p in LEADERS}


def test_html_roster_with_rowspan_keeps_the_rangers():
    html = (
        "<table><tr><th>乡镇</th><th>姓名</th><th>职务</th><th>护林员</th><th>手机</th></tr>"
        '<tr><td rowspan="2">石门镇</td><td rowspan="2">卓文涛</td><td rowspan="2">镇长</td>'
        "<td>韩立秋</td><td>13905641234</td></tr>"
        "<tr><td>贝思远</td><td>15807151234</td></tr></table>"
    )
    got = {html[f.start : f.end] for f in scan_html(html, allow=[], expressions=False)}
    assert {"韩立秋", "贝思远"} <= got
    assert "卓文涛" not in got


def test_village_committee_posts_stay_persons():
    rows = ["序号\t姓名\t职务\t性别", "1\t韩立秋\t村委会主任\t男", "2\t贝思远\t党支部副书记\t女"]
    text = "\n".join(rows) + "\n"
    assert {"韩立秋", "贝思远"} <= _values(text)


def test_a_leader_column_without_a_post_header_leaves_the_visitor():
    rows = ["序号\t来访人\t接访领导\t反映问题", "1\t韩立秋\t副县长\t低保评定"]
    text = "\n".join(rows) + "\n"
    assert at(text, "name", "韩立秋") in found(text, ["name"])
