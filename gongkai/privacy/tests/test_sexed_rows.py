"""A column whose header may name persons or something else (服务对象, 受助人员) takes a
cell of a surname and given-name characters as a person where the row has a sex cell;
a person's whereabouts written in a name cell (下落不明, 查无此人) is no name (issue 16)."""

from .spans import found, missing_names


def _names(text):
    return [text[s:e] for kind, s, e in found(text) if kind == "name"]


_ROWS = (
    (
        "1",
        "城南街道",
        "俞杏娟",
        "女",
        "84",
        "中度失能",
        "400",
        "城南居家养老服务中心",
        "丁国良（子）",
    ),
    (
        "2",
        "城南街道",
        "竺阿毛",
        "男",
        "91",
        "重度失能",
        "600",
        "城南居家养老服务中心",
        "竺小燕（女）",
    ),
    ("3", "羽林街道", "贺秀英", "女", "86", "轻度失能", "200", "羽林颐乐园", "贺建军（子）"),
    ("4", "儒岙镇", "黄月仙", "女", "90", "中度失能", "400", "儒岙镇社会福利中心", "吴松（子）"),
)
_HEAD = ("序号", "乡镇（街道）", "服务对象", "性别", "年龄", "评估等级", "补贴标准（元/月）")
_HTML = (
    "<table><tr>"
    + "".join(f"<td><strong>{h}</strong></td>" for h in (*_HEAD, "服务机构", "紧急联系人"))
    + "</tr>"
    + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in _ROWS)
    + "</table>"
)


def test_a_folk_name_in_a_sexed_row_html_and_tabbed():
    from gongkai.privacy import scan_html

    got = {(f.start, f.end) for f in scan_html(_HTML, allow=[]) if f.type == "name"}
    for name in ("竺阿毛", "黄月仙"):
        s = _HTML.index(name)
        assert (s, s + 3) in got
    tabbed = "序号\t服务对象\t性别\t年龄\n1\t俞杏娟\t女\t84\n2\t竺阿毛\t男\t91\n3\t黄月仙\t女\t90\n"
    assert missing_names(tabbed, "俞杏娟", "竺阿毛", "黄月仙") == []


def test_without_a_sex_cell_or_with_a_word_the_cell_stays_unmarked():
    tabbed = "序号\t服务对象\t补贴\n1\t竺阿毛\t600\n2\t黄月仙\t400\n3\t城南街道\t400\n"
    got = _names(tabbed)
    assert "城南街道" not in got
    words = "序号\t受助对象\t性别\t补贴\n1\t待定\t男\t600\n2\t空缺\t女\t400\n3\t同上\t女\t400\n"
    assert _names(words) == []


def test_a_persons_whereabouts_in_a_name_cell_is_no_name():
    pipe = (
        "| 序号 | 当事人 | 违法建设地点 | 面积 |\n| --- | --- | --- | --- |\n"
        "| 1 | 邝永泰 | 城东街道东门街3号 | 27.3 |\n"
        "| 2 | 下落不明（原业主黎伯康，已故） | 城东街道北巷11号 | 41.0 |\n"
        "| 3 | 查无此人 | 城东街道南巷2号 | 18.5 |\n"
    )
    got = _names(pipe)
    assert "邝永泰" in got and "黎伯康" in got
    assert "下落不明" not in got and "查无此人" not in got
