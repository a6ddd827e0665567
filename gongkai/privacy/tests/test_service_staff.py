"""Staff acting for the unit in a table of the persons it served (servicestaff; issue 16,
privfix16ub): escorts (护送人员), inspectors (安检员), patrols, visits, an acceptance team
(验收组), officers noted in their cell ("X（派出所民警）"), a column of repeating names
under a pinyin header, in tab, quoted CSV, pipe, aligned, one-cell-a-line, key-value,
JSON, XML and HTML layouts. Near misses: the persons of the record (受助人员, 接收人, 户名,
监护人, 捡拾人, 联系人), a resident noted （群众）, an honoured officer in prose, a survey's
辅助调查员 and a household's head repeating down their columns, a form's labels."""

from gongkai.privacy import scan_html

from .spans import found


def _id(body: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


IDS = [
    _id(f"4105231968{m:02d}1{d}3{k}")
    for k, (m, d) in enumerate([(3, 12), (5, 21), (7, 11), (9, 20), (11, 13), (2, 22)])
]
TSV = (
    "某县救助站护送返乡登记表\n"
    "序号\t受助人员\t身份证号\t接收人\t接收人电话\t护送人员\t返乡日期\n"
    f"1\t屈振林\t{IDS[0]}\t屈海燕\t13907215561\t左长庚、甘小燕\t2024-03-02\n"
    f"2\t蔺德旺\t{IDS[1]}\t蔺春梅\t13907215562\t甘小燕\t2024-03-09\n"
    f"3\t逄秋生\t{IDS[2]}\t逄桂芝\t13907215563\t左长庚、盛立军\t2024-04-11\n"
)
CSVQ = (
    '"序号","户名","用气地址","联系电话","安检员","备注"\n'
    '"1","屈振林","城关镇东街12号","13907215561","盛立军","已安检"\n'
    '"2","蔺德旺","城关镇东街14号","13907215562","甘小燕",""\n'
    '"3","逄秋生","城关镇西街3号","13907215563","盛立军","到访不遇"\n'
)
PIPE = (
    "| 序号 | 申请人 | 身份证号 | 巡查人员 | 巡查日期 |\n"
    "|---|---|---|---|---|\n"
    f"| 1 | 屈振林 | {IDS[0]} | 左长庚 | 2024-03-02 |\n"
    f"| 2 | 蔺德旺 | {IDS[1]} | 甘小燕 | 2024-03-09 |\n"
)
ALIGNED = (
    "某县2023年护送返乡登记表\n"
    " 序号  受助人员    身份证号              接收人      护送人员          返乡日期\n"
    f" 1     屈振林      {IDS[0]}    屈海燕      左长庚、甘小燕    2024-03-02\n"
    f" 2     蔺德旺      {IDS[1]}    蔺春梅      盛立军、甘小燕    2024-03-09\n"
)
ONECELL = (
    "序号\n姓名\n身份证号\n联系电话\n走访人员\n\n"
    f"1\n屈振林\n{IDS[0]}\n13907215561\n左长庚\n\n"
    f"2\n蔺德旺\n{IDS[1]}\n13907215562\n甘小燕\n"
)
TEAM = (
    "验收合格户名单\n1．屈振林，身份证号" + IDS[0] + "，联系电话13907215561\n"
    "验收组：左长庚　甘小燕　盛立军　　　镇办电话：0354-3620415\n"
)
NOTE = (
    "序号\t姓名\t性别\t送站人\t送站人电话\n"
    "1\t屈振林\t男\t左长庚（城关派出所民警）\t0536-6231204\n"
    "2\t蔺德旺\t男\t逄桂芝（群众）\t13907215562\n"
    "3\t逄秋生\t男\t甘小燕（城关派出所民警）\t0536-6231205\n"
)
PROSE_NOTE = "授予屈振林（县公安局城关派出所民警）、蔺德旺（东街村农民）等同志优秀党员称号。\n"
PINYIN = (
    "xh\txm\tsfzh\tlxdh\tajy\n"
    f"1\t屈振林\t{IDS[0]}\t13907215561\t盛立军\n"
    f"2\t蔺德旺\t{IDS[1]}\t13907215562\t甘小燕\n"
    f"3\t逄秋生\t{IDS[2]}\t13907215563\t盛立军\n"
    f"4\t韦春花\t{IDS[3]}\t13907215564\t甘小燕\n"
    f"5\t莫金凤\t{IDS[4]}\t13907215565\t盛立军\n"
    f"6\t覃德才\t{IDS[5]}\t13907215566\t甘小燕\n"
)
SURVEY = PINYIN.replace("ajy", "辅助调查员")
HOUSEHOLD = "xh\tmember\tsfzh\tlxdh\thouseholder\n" + "".join(
    f"{k + 1}\t{n}\t{IDS[k]}\t1390721556{k}\t{h}\n"
    for k, (n, h) in enumerate(
        [
            ("屈振林", "屈长庚"),
            ("屈海燕", "屈长庚"),
            ("屈小军", "屈长庚"),
            ("蔺春梅", "蔺德旺"),
            ("蔺秋生", "蔺德旺"),
            ("蔺小燕", "蔺德旺"),
        ]
    )
)
PRIVATE_COLS = (
    "序号\t捡拾人\t监护人\t联系人\t登记人\n"
    "1\t屈振林\t蔺德旺\t逄秋生\t韦春花\n"
    "2\t莫金凤\t覃德才\t屈海燕\t蔺春梅\n"
)
KV = (
    "【第1件】\n申请人：屈振林\n身份证号："
    + IDS[0]
    + "\n联系手机：13907215561\n核查人员：左长庚\n受理人：甘小燕\n\n"
    "男方公民身份号码：" + IDS[1] + "\n"
)
FORM = "申请人签字\t屈振林\t申请人手机\t13907215561\n经办人\t左长庚\t复核人\t甘小燕\n"
JSON = (
    '{"xh": 1, "受助人员": "屈振林", "sfzh": "'
    + IDS[0]
    + '", "接收人": "屈海燕", "护送人员": "左长庚、甘小燕"}\n'
    '{"xh": 2, "受助人员": "蔺德旺", "sfzh": "'
    + IDS[1]
    + '", "接收人": "蔺春梅", "护送人员": "盛立军"}\n'
)
XML = (
    "<records>\n<record><受助人员>屈振林</受助人员><接收人>屈海燕</接收人><安检员>左长庚</安检员></record>\n"
    "<record><受助人员>蔺德旺</受助人员><接收人>蔺春梅</接收人><安检员>甘小燕</安检员></record>\n</records>\n"
)
HTML = (
    "<table><tr><th>序号</th><th>户名</th><th>联系电话</th><th>入户安检人员</th></tr>"
    "<tr><td>1</td><td>屈振林</td><td>13907215561</td><td>左长庚</td></tr>"
    "<tr><td>2</td><td>蔺德旺</td><td>13907215562</td><td>甘小燕</td></tr></table>"
)
RECEIVER_TAB = (
    "序号\t受助人员\t接收人\t接收人关系\t护送方式\n"
    "1\t屈振林\t屈海燕\t女儿\t购票护送\n"
    "2\t蔺德旺\t蔺春梅\t女儿\t家属接回\n"
)


def _names(text: str) -> list[str]:
    return [text[s:e] for _, s, e in found(text, ["name"])]


STAFF = {"左长庚", "甘小燕", "盛立军"}


def _check(text: str, kept: list[str]) -> None:
    got = _names(text)
    assert not STAFF & set(got), got
    for name in kept:
        assert name in got, (name, got)


def test_escorts_in_a_tab_register():
    _check(TSV, ["屈振林", "屈海燕", "蔺德旺", "蔺春梅", "逄秋生", "逄桂芝"])


def test_inspectors_in_quoted_csv():
    _check(CSVQ, ["屈振林", "蔺德旺", "逄秋生"])


def test_patrols_in_a_pipe_table():
    _check(PIPE, ["屈振林", "蔺德旺"])


def test_escorts_in_an_aligned_page():
    _check(ALIGNED, ["屈振林", "屈海燕", "蔺德旺", "蔺春梅"])


def test_visitors_one_cell_a_line():
    _check(ONECELL, ["屈振林", "蔺德旺"])


def test_acceptance_team_label():
    _check(TEAM, ["屈振林"])


def test_officer_noted_in_the_cell():
    got = _names(NOTE)
    assert "左长庚" not in got and "甘小燕" not in got
    assert {"屈振林", "蔺德旺", "逄秋生", "逄桂芝"} <= set(got)  # （群众）: a resident


def test_honoured_officer_in_prose_is_kept():
    assert _names(PROSE_NOTE) == ["屈振林", "蔺德旺"]


def test_repeating_names_under_a_pinyin_header():
    _check(PINYIN, ["屈振林", "蔺德旺", "逄秋生", "韦春花", "莫金凤", "覃德才"])


def test_survey_assistants_repeating_are_kept():
    got = _names(SURVEY)
    assert got.count("盛立军") == 3 and got.count("甘小燕") == 3


def test_householder_repeating_beside_members_is_kept():
    got = _names(HOUSEHOLD)
    assert got.count("屈长庚") == 3 and got.count("蔺德旺") == 3


def test_private_persons_columns_are_kept():
    got = _names(PRIVATE_COLS)
    for name in ("屈振林", "蔺德旺", "逄秋生", "莫金凤", "覃德才", "屈海燕"):
        assert name in got


def test_citizen_of_the_id_label_is_no_name():
    assert _names(KV) == ["屈振林"]


def test_form_labels_beside_values():
    assert _names(FORM) == ["屈振林"]


def test_export_keys():
    _check(JSON, ["屈振林", "屈海燕", "蔺德旺", "蔺春梅"])
    _check(XML, ["屈振林", "屈海燕", "蔺德旺", "蔺春梅"])


def test_html_table():
    got = [HTML[f.start : f.end] for f in scan_html(HTML, allow=[]) if f.type == "name"]
    assert got == ["屈振林", "蔺德旺"]


def test_receivers_without_an_escort_column():
    assert _names(RECEIVER_TAB) == ["屈振林", "屈海燕", "蔺德旺", "蔺春梅"]


_PETS = [
    ("屈振林", "柯基", "蔺德旺"),
    ("逄秋生", "柴犬", "韦春花"),
    ("莫金凤", "罗威纳", "覃德才"),
    ("甘小燕", "萨摩耶", "盛立军"),
    ("左长庚", "博美", "屈海燕"),
]


def _pets(sp: str, kinds: bool = True) -> str:
    return "".join(
        f'{{"zrxm":{sp}"{a}",{sp}"pz":{sp}"{b if kinds or b == "罗威纳" else ""}",'
        f'{sp}"dbr":{sp}"{c}",{sp}"sjhm":{sp}"1390721556{k}"}}\n'
        for k, (a, b, c) in enumerate(_PETS)
    )


def test_a_word_among_words_under_an_export_key():
    owners = [n for row in _PETS for n in (row[0], row[2])]
    for sp in (" ", ""):
        got = _names(_pets(sp))
        assert "罗威纳" not in got  # (a breed, as the key's other values are)
        assert sorted(got) == sorted(owners)  # dbr: an unknown key of names keeps them


def test_a_name_among_empty_values_is_kept():
    assert "罗威纳" in _names(_pets(" ", kinds=False))
