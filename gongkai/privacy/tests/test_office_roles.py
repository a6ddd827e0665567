"""Officials named in their role in a record are officials wherever it names them again
(``officeroles``): askers and clerks of an interview record, the handlers and filers
of a case file, a notary; the persons of a roster of mediators, arbitrators or jurors.
The person asked and the parties stay private persons."""

from gongkai.privacy import scan_html

from .spans import found, names


def _names(text):
    return [text[s:e] for _k, s, e in found(text, ["name"])]


def test_an_interview_records_askers_and_clerk_are_officials():
    for askers, clerk, asked in (
        ("询问人：甘志远、冼丽华", "记录人：冼丽华", "被询问人：黄月娥"),
        ("调查人：甘志远　冼丽华", "记录人：甘志远", "被调查人：黄月娥"),
        ("询问人（签名）：甘志远，冼丽华", "记录人：冼丽华", "被询问人：黄月娥"),
    ):
        text = (
            "调查笔录\n时间：2026年3月2日\n"
            f"{askers}　　{clerk}\n{asked}　性别：女　电话：13977120001\n"
            "问：我们是县市场监管局执法人员，你听清楚了吗？\n答：听清楚了。\n"
            "被询问人签名：黄月娥　　询问人签名：甘志远　冼丽华\n"
        )
        assert _names(text) == ["黄月娥", "黄月娥"], askers


def test_a_case_files_cover_and_index_name_its_staff_as_officials():
    text = (
        "案件卷宗\n当 事 人：潘春燕　　身份证：450102199001011234\n"
        "承办人：莫文斌 卢晓梅　　保管期限：长期\n"
        "卷内文件目录\n"
        "顺序号　文件题名　　　　责任者　　页号\n"
        "1　　现场检查笔录　　莫文斌　　1-2\n"
        "2　　对潘春燕的询问笔录　　卢晓梅　　3-5\n"
        "3　　证人覃海生证言　　覃海生　　6-7\n"
        "备考表：本卷共7页，立卷人卢晓梅，检查人莫文斌。\n"
    )
    got = _names(text)
    assert "莫文斌" not in got and "卢晓梅" not in got
    assert "潘春燕" in got and "覃海生" in got


def test_a_notary_in_a_register_is_an_official():
    text = (
        "- 受理号: GZ-01\n  申请人: 韩立春\n  电话: 13877120002\n  承办公证员: 邓秋实\n"
        "- 受理号: GZ-02\n  申请人: 黎家旺\n  电话: 13877120003\n  承办公证员: 邓秋实\n"
    )
    assert _names(text) == ["韩立春", "黎家旺"]


def test_a_party_bearing_an_officials_role_word_nearby_stays_a_person():
    # the person asked is private even where the record names them beside the askers
    text = "询问人：甘志远\n被询问人：冼丽华\n记录人：甘志远\n问：冼丽华，你的电话？\n"
    assert "冼丽华" in _names(text)
    assert "甘志远" not in _names(text)


def test_a_roster_of_mediators_in_html_tabs_and_prose():
    html = (
        "<h2>某县人民调解员聘任名单公示</h2><p>拟聘任下列同志。</p>"
        "<table><tr><th>调委会</th><th>姓名</th><th>职务</th></tr>"
        "<tr><td>东乡调委会</td><td>蓝秀凤</td><td>主任</td></tr>"
        "<tr><td>西乡调委会</td><td>覃国栋</td><td>调解员</td></tr></table>"
        "<p>联系人：某股</p>"
    )
    assert [f for f in scan_html(html, allow=[]) if f.type == "name"] == []
    tab = "某镇人民调解员名册\n\n序号\t姓名\t单位\n1\t蓝秀凤\t东村调委会\n2\t覃国栋\t西村调委会\n"
    assert _names(tab) == []
    prose = "一、仲裁员名单如下：蓝秀凤、覃国栋、韦春花\n二、申请人黄月娥，电话13977120001。\n"
    assert _names(prose) == ["黄月娥"]
    # the same table under a heading of persons stays one of persons
    persons = tab.replace("人民调解员名册", "低保对象名册")
    assert found(persons, ["name"]) == names(persons, "蓝秀凤", "覃国栋")


def test_a_contact_named_with_the_units_section_acts_in_office():
    for text in (
        "联系人：麦晓彤（县残联康复部）\n",
        "联系人：麦晓彤（社保科，单位电话同上）\n",
        "（联系人：麦晓彤，城建股，8123456）\n",
    ):
        assert _names(text) == [], text
    # a relative's note or a person's own particulars keep the contact a person
    for text in (
        "联系人：麦晓彤（之女），电话13977120009\n",
        "联系人：麦晓彤，女，电话13977120009\n",
    ):
        assert _names(text) == ["麦晓彤"], text
