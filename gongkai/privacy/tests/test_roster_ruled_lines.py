"""A roster of an office's appointees printed with ruled lines and a page head repeated
(``rosterrules``, privfix24b): its persons act in office; a table after its closing prose
keeps its persons."""

from gongkai.privacy.tests.spans import at, found, rid

_IDS = [rid(f"1501021970{m:02d}1{m}{m:03d}") for m in range(1, 7)]


def _page(title, rows, first):
    body = "".join(
        f"{first + k:<4} {org:<14}{name:<12}{_IDS[first + k - 1]}  1384712{first + k:04d}\n"
        for k, (org, name) in enumerate(rows)
    )
    return (
        f"{title}\n\n序号 所属仲裁委          姓名          身份证号              手机\n"
        + "=" * 70
        + "\n"
        + body
        + "\n                              第 1 页  共 2 页\n\n"
    )


def test_an_arbitrators_roster_ruled_and_paged():
    title = "某市劳动人事争议仲裁员聘任名册"
    page1 = _page(title, [("市仲裁委", "乌兰托娅"), ("市仲裁委", "郝建平")], 1)
    page2 = _page(title, [("旗仲裁院", "白玉山"), ("旗仲裁院", "武秀芝")], 3)
    tail = (
        "以上人员经市仲裁委审议通过，聘期三年。\n\n"
        "附：申请人名单\n序号\t申请人\t身份证号\n1\t贺永强\t" + _IDS[5] + "\n"
    )
    text = page1 + page2 + tail
    got = found(text, ["name"])
    for name in ("乌兰托娅", "郝建平", "白玉山", "武秀芝"):
        assert at(text, "name", name) not in got, name
    assert at(text, "name", "贺永强") in got  # a table after the roster's closing prose
    assert ("mobile", *at(text, "mobile", "13847120001")[1:]) in found(text, ["mobile"])
