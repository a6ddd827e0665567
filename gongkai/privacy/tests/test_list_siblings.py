"""The unfound members of a list of names whose other members were found."""

from .spans import found, missing_names


def test_members_under_post_heads_in_one_line():
    # the first run holds words and a name without a surname, so no rule for lists
    # trusts it; the found members of the line vouch for its name-shaped items
    text = (
        "东河镇（8人）：护路岗位：鲍文杰、田园、邬晓婷（上庄村2组）、金山、拉巴次仁；"
        "保洁岗位：钮佳琪、甘志强（下湾村5组）、邵雪梅；护林岗位：景思远、柴晓丽。\n"
        "公示期间如有异议，请向县人社局反映。\n"
    )
    got = found(text, ["name"])
    assert missing_names(text, "鲍文杰", "邬晓婷", "钮佳琪", "甘志强", "邵雪梅") == []
    assert [text[s:e] for _, s, e in got if text[s:e].endswith(("岗位", "镇", "村"))] == []


def test_members_of_a_block_of_village_lines():
    text = (
        "白沙乡\n"
        "　　上庄村：戚国栋；郜兰芳（本人残疾）。\n"
        "　　下湾村：宁建设、柏秀英夫妇；桂明亮、舒丽华夫妇；闻建国（丧偶）。\n"
        "\n"
        "　　石门村：卜永强、蒲春燕夫妇；殷德全（丧偶）；钟国华、聂美兰夫妇。\n"
        "公示期：2026年5月1日至5月7日。\n"
    )
    got = found(text, ["name"])
    assert missing_names(text, "戚国栋", "郜兰芳", "桂明亮", "闻建国", "殷德全") == []
    assert [t for t in got if text[t[1] : t[2]] in ("上庄村", "白沙乡", "下湾村")] == []


def test_members_split_by_semicolons_with_numbered_heads():
    text = (
        "1组：芮丽娟；严小军；汤建华（户主）\n"
        "2组：包国平；屈春花；\n"
        "3组：冉志刚；武秀兰、苗德胜夫妇\n"
    )
    assert missing_names(text, "芮丽娟", "严小军", "汤建华", "包国平", "屈春花", "冉志刚") == []


def test_a_series_of_words_in_running_text_stays_clean():
    text = (
        "　　获奖群众：韩立新、龚晓燕、潘伟明、蔡丽君。\n"
        "　　公示期间，单位和个人可通过来信、来电、来访、网络等方式反映情况，"
        "对选择树葬、花葬、海葬等方式的给予奖补。\n"
    )
    got = [text[s:e] for _, s, e in found(text, ["name"])]
    assert not {"来电", "来访", "花葬", "海葬", "网络"} & set(got)


def test_officials_under_an_office_role_head_stay_clean():
    text = (
        "　　安置名单：005户：邓建国、邓晓梅、邓磊；006户：符玉兰、符志明。\n"
        "　　现场监督员：罗文斌（县纪委监委）、汤丽（县住建局）；公证员：温志坚。\n"
    )
    got = [text[s:e] for _, s, e in found(text, ["name"])]
    assert not {"罗文斌", "汤丽", "温志坚"} & set(got)
