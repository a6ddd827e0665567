"""A unit's switchboard block (issue 16, privfix16gb,
``unitblocks``): invented cases in HTML, tab, prose and one-line-a-unit layouts, each
asserting the exact landlines and mailboxes found."""

import pytest

from .spans import found, rid

ID1 = rid("51070319880808123")


def _contacts(text):
    return sorted(text[s:e] for _, s, e in found(text, ["landline", "email"]))


CASES = {
    # the centre's number given in prose, its desks' series in the leaders' column
    "html_series_of_desks_beside_the_centre": (
        "<p>群众可拨打街道便民服务中心电话0831-5562210。</p>"
        "<table><tr><th>社区</th><th>负责人</th><th>电话</th><th>楼栋长</th><th>联系方式</th></tr>"
        "<tr><td>东街社区</td><td>宁国华</td><td>0831-5562231</td><td>费桂珍</td>"
        "<td>0831-5571946（宅）</td></tr>"
        "<tr><td>南街社区</td><td>邰晓梅</td><td>0831-5562247</td><td>龙大勇</td>"
        "<td>13981234567</td></tr>"
        "<tr><td>西街社区</td><td>蒲海</td><td>0831-5562268</td><td>蒲秀兰</td>"
        "<td>0831-5589032</td></tr></table>",
        ["0831-5571946", "0831-5589032"],
    ),
    "tab_series_of_bare_local_numbers": (
        "服务站总机：6632100\n站点\t负责人\t电话\n一站\t苟长明\t6632118\n二站\t汪丽\t6632125\n",
        [],
    ),
    # two neighbours in the bureau's block are no series: their lines stay theirs
    "tab_two_neighbours_in_the_block_keep": (
        "县医保局电话：6631800\n"
        "姓名\t身份证号\t联系电话\n"
        f"鄢长林\t{ID1}\t6631802\n"
        "鄢秀华\t" + rid("51070319900303456") + "\t6631803\n",
        ["6631802", "6631803"],
    ),
    # one home in the township office's block is no series: it stays the family's
    "tab_single_home_in_rural_block_keeps": (
        f"镇政府电话：0932-5261002\n姓名\t身份证号\t家庭电话\n岳满仓\t{ID1}\t0932-5261047\n",
        ["0932-5261047"],
    ),
    # a person's own number in an otherwise official text keeps
    "notice_with_a_person_keeps": (
        "经审核，申请人伍秀英（身份证号" + ID1 + "，家庭电话0831-3391274）符合条件。"
        "咨询电话：0831-3390010。\n",
        ["0831-3391274"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_unit_blocks(name):
    text, want = CASES[name]
    assert _contacts(text) == sorted(want)
