"""An individual business's premises are the business's place, its operator's home is private.

Issue 16, the convention settled after docs52 (benchmarks/privacy_heldout/README.md): the
经营场所 / 经营地址 / 生产地址 of a 个体工商户 or a small workshop is not a private address,
whether a street number or a village group's house; the operator's 住所, 户籍地 and 家庭住址
stay addresses, and so does a flat in a block of homes ("…2栋1单元302室") under a business's
label. Layouts: numbered items and prose with the label inline (no sign or a sign),
【label】 records, key-value lines, aligned and one-cell-a-line tables, pipe tables.
"""

from gongkai.privacy import scan_html

from .spans import at, found


def _addresses(text):
    return found(text, ["address"])


def test_inline_premises_after_the_operator_in_numbered_items():
    text = (
        "（一）临川县河西镇老黄修车铺，统一社会信用代码92361027MA3K7Q2X1B，"
        "经营者黄满堂，经营场所河西镇五里村3组17号。\n"
        "（二）临川县河西镇秀秀奶茶店，经营者：谭秀秀，经营场所：河西镇解放街66号。\n"
        "③临川县云山乡田记米粉店，经营者田大勇，经营场所为云山乡枫树坪村十一组4号；"
        "住所云山乡枫树坪村十一组5号。\n"
    )
    assert _addresses(text) == [at(text, "address", "云山乡枫树坪村十一组5号")]
    names = found(text, ["name"])
    assert at(text, "name", "黄满堂") in names and at(text, "name", "田大勇") in names


def test_premises_in_prose_beside_the_operators_home():
    text = (
        "　　当事人罗桂生，男，身份证号码362502198806151237，户籍地江西省新余市渝水区"
        "仙女湖街道袁河路12号，经营地址新余市渝水区城北农贸市场B区8号摊位，"
        "家庭住址新余市渝水区长青路9号3栋2单元501室。\n"
        "　　当事人邹小红，其经营场所位于渝水区罗坊镇下村8组21号，现住渝水区罗坊镇下村8组22号。\n"
    )
    assert _addresses(text) == [
        at(text, "address", "江西省新余市渝水区仙女湖街道袁河路12号"),
        at(text, "address", "新余市渝水区长青路9号3栋2单元501室"),
        at(text, "address", "渝水区罗坊镇下村8组22号"),
    ]


def test_bracketed_label_records():
    text = (
        "【字号名称】安平县城关镇阿宝烧烤店\n"
        "【经营者】付宝军\n"
        "【经营场所】安平县城关镇育才路31号\n"
        "【经营者住所】安平县城关镇新庄村4组9号\n"
        "\n"
        "【字号名称】安平县南坝乡福来农资店\n"
        "【经营者】付春燕\n"
        "【经营场所】安平县南坝乡石桥村2组30号\n"
        "【经营者户籍地】四川省广元市苍溪县陵江镇红旗路7号\n"
    )
    assert _addresses(text) == [
        at(text, "address", "安平县城关镇新庄村4组9号"),
        at(text, "address", "四川省广元市苍溪县陵江镇红旗路7号"),
    ]


def test_key_value_records_keep_a_flat_and_a_home():
    text = (
        "当事人：侯永福（个体工商户“安平县侯记粮油店”经营者）\n"
        "经营场所：安平县龙泉镇桥头村6组29号\n"
        "住所：安平县龙泉镇沿河东路218号3栋2单元601室\n"
        "\n"
        "当事人：沈佳慧（个体工商户“安平县佳慧美甲工作室”经营者）\n"
        "经营场所：安平县龙泉镇滨河花园5栋1单元1102室\n"
        "家庭住址：安平县龙泉镇建设路14号\n"
    )
    assert _addresses(text) == [
        at(text, "address", "安平县龙泉镇沿河东路218号3栋2单元601室"),
        at(text, "address", "安平县龙泉镇滨河花园5栋1单元1102室"),
        at(text, "address", "安平县龙泉镇建设路14号"),
    ]


def test_aligned_and_one_cell_a_line_tables():
    aligned = (
        " 序号  字号名称              经营者  经营场所                          列入原因\n"
        " 1     黎川县日峰镇兴旺饭庄  邓水根  黎川县日峰镇洲湖村上屋组8号        未报送年报\n"
        " 2     黎川县日峰镇阿霞茶铺  熊霞    黎川县日峰镇新城大道66号1栋104室  经营场所无法联系\n"
    )
    assert _addresses(aligned) == []
    stacked = (
        "序号\n场所名称\n经营者\n联系电话\n场所地址\n复查结果\n\n"
        "1\n平安洗车店\n庞国栋\n13907461234\n冷水滩区梅溪街道下坝村2组25号\n已整改\n\n"
        "2\n阿兰早餐店\n尤兰\n13807462345\n冷水滩区梅溪路276号翠湖花园1栋3单元2203室\n未整改\n"
    )
    assert _addresses(stacked) == [
        at(stacked, "address", "冷水滩区梅溪路276号翠湖花园1栋3单元2203室")
    ]


def test_workshop_premises_in_a_pipe_table_and_records():
    table = (
        "| 序号 | 小作坊名称 | 经营者 | 生产加工场所 | 联系电话 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 蒙山县岸头镇老周煎饼坊 | 周庆英 | 蒙山县岸头镇西关村东街27号 | 13573938261 |\n"
        "| 2 | 蒙山县岸头镇香油坊 | 仝秀梅 | 蒙山县岸头镇城关路118号 | 13405397726 |\n"
    )
    assert _addresses(table) == []
    records = "作坊名称：青溪米酒坊\n负责人：鲁长贵\n加工地点：青溪镇柳塘村5组12号\n住址：青溪镇柳塘村5组13号\n"
    assert _addresses(records) == [at(records, "address", "青溪镇柳塘村5组13号")]


def test_a_home_beside_the_business_label_stays_an_address():
    for text, place in (
        ("经营者：汪春生，住所或经营场所：和平镇石门村3组8号。\n", "和平镇石门村3组8号"),
        ("申请人：汪春生，家庭住址/经营场所：和平镇建设路8号。\n", "和平镇建设路8号"),
        ("汪春生户籍地和平镇石门村3组8号，在家中开设小卖部。\n", "和平镇石门村3组8号"),
    ):
        assert _addresses(text) == [at(text, "address", place)], text


def test_html_and_tab_tables_with_a_premises_column():
    html = (
        "<table><thead><tr><th>序号</th><th>个体工商户名称</th><th>经营者姓名</th>"
        "<th>经营场所</th><th>经营者住所</th></tr></thead><tbody>\n"
        "<tr><td>1</td><td>修水县渣津镇永红副食店</td><td>冷永红</td>"
        "<td>修水县渣津镇长潭村7组12号</td><td>修水县渣津镇长潭村7组13号</td></tr>\n"
        "<tr><td>2</td><td>修水县义宁镇小芳理发店</td><td>樊小芳</td>"
        "<td>修水县义宁镇良塘大道58号</td><td>修水县义宁镇良塘新区8栋2单元601室</td></tr>\n"
        "</tbody></table>\n"
    )
    got = [(f.type, f.start, f.end) for f in scan_html(html, allow=[], expressions=False)]
    assert [g for g in got if g[0] == "address"] == [
        at(html, "address", "修水县渣津镇长潭村7组13号"),
        at(html, "address", "修水县义宁镇良塘新区8栋2单元601室"),
    ]
    assert at(html, "name", "冷永红") in got and at(html, "name", "樊小芳") in got
    tsv = (
        "序号\t店名\t店主\t店铺地址\t户籍地\n"
        "1\t老何面馆\t何金宝\t宁都县梅江镇中山街17号\t宁都县青塘镇河背村3组6号\n"
        "2\t阿珍服装\t钟阿珍\t宁都县梅江镇岭背村2组9号\t宁都县梅江镇岭背村2组10号\n"
    )
    assert _addresses(tsv) == [
        at(tsv, "address", "宁都县青塘镇河背村3组6号"),
        at(tsv, "address", "宁都县梅江镇岭背村2组10号"),
    ]
