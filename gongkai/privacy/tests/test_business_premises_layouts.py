"""The premises of individual businesses (个体工商户: a shop, an internet café, a lottery
outlet, a guesthouse …) under a business's header are the business's, not a private
address, in every form a table takes (unitcontacts, placeheaders); a person's home in
the same table stays found."""

import pytest

from gongkai.privacy import scan_html

from .spans import at, found, rid


def _addresses(text):
    return found(text, {"address"})


# -- aligned with spaces (the text layer of a PDF), read by screen columns ------------------


def _aligned(rows):
    """Rows padded to screen columns (a Chinese character takes two)."""
    widths = [
        max(sum(2 if ch >= "\u2e80" else 1 for ch in r[k]) for r in rows)
        for k in range(len(rows[0]))
    ]
    out = []
    for r in rows:
        cells = [
            c + " " * (w - sum(2 if ch >= "\u2e80" else 1 for ch in c) + 2)
            for c, w in zip(r, widths, strict=True)
        ]
        out.append(" " + "".join(cells).rstrip())
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("header", ["经营地址", "经营场所", "营业地址", "门店地址", "场所地址"])
def test_an_aligned_table_of_premises_under_a_business_header(header):
    rows = [
        ["序号", "场所名称", "业主姓名", "身份证号码", header, "业主手机"],
        [
            "1",
            "飞跃网咖",
            "贺立群",
            rid("62052319741001351"),
            "安平县西坪乡人民路70号",
            "18861275709",
        ],
        [
            "2",
            "欢唱量贩式KTV",
            "东方雨辰",
            rid("62052119940928889"),
            "安平县安平镇渭滨路189号",
            "13555298901",
        ],
    ]
    text = "安平县2026年度个体经营场所许可情况\n\n" + _aligned(rows)
    assert _addresses(text) == []
    got = found(text, {"name", "mobile"})
    assert at(text, "name", "贺立群") in got and at(text, "mobile", "13555298901") in got


def test_an_aligned_table_keeps_the_owners_home_beside_the_shop():
    rows = [
        ["序号", "店铺名称", "经营者", "家庭住址", "店铺地址", "联系电话"],
        [
            "1",
            "惠民烟酒店",
            "柯德胜",
            "安平县六靖镇北岸村7组44号",
            "安平县六靖镇中山路129号",
            "15291780913",
        ],
        [
            "2",
            "兴旺小卖部",
            "秋小峰",
            "安平县樟木镇新街路88号",
            "安平县樟木镇圩亭路84号",
            "13528292707",
        ],
    ]
    text = _aligned(rows)
    assert _addresses(text) == [
        at(text, "address", "安平县六靖镇北岸村7组44号"),
        at(text, "address", "安平县樟木镇新街路88号"),
    ]


def test_an_aligned_roster_of_homes_without_business_words_stays_found():
    rows = [
        ["序号", "姓名", "性别", "身份证号码", "现住址", "联系电话"],
        ["1", "吴家豪", "男", rid("62052319880621644"), "安平县柳林镇人民路155号", "15506337969"],
        ["2", "范桂英", "女", rid("62052319801014968"), "安平县西坪乡人民路37号", "13753074979"],
    ]
    text = "本表所列人员均为经营者家属。\n\n" + _aligned(rows)
    assert _addresses(text) == [
        at(text, "address", "安平县柳林镇人民路155号"),
        at(text, "address", "安平县西坪乡人民路37号"),
    ]


# -- one cell a line (a web page's table read with a newline after every cell) ------------


def test_a_lottery_outlets_site_one_cell_a_line():
    text = (
        "体育彩票代销者招募结果公示\n\n序号\n姓名\n性别\n身份证号码\n拟设站点地址\n联系电话\n评审得分\n"
        f"1\n覃立桂\n男\n{rid('45033019950521883')}\n漓江县茶洞乡滨江路159号\n18077782654\n94.4\n"
        f"2\n易春生\n女\n{rid('45032519740501496')}\n漓江县茶洞乡古榕巷56号\n13267084184\n82.7\n"
        f"3\n方美玲\n女\n{rid('45032519871206296')}\n漓江县莲塘镇叠翠路15号\n18634835159\n83.7\n"
    )
    assert _addresses(text) == []
    assert at(text, "mobile", "18634835159") in found(text, {"mobile"})


def test_one_cell_a_line_home_address_stays_found():
    text = (
        "序号\n姓名\n性别\n身份证号码\n家庭住址\n联系电话\n"
        f"1\n覃立桂\n男\n{rid('45033019950521883')}\n漓江县茶洞乡滨江路159号\n18077782654\n"
        f"2\n易春生\n女\n{rid('45032519740501496')}\n漓江县茶洞乡古榕巷56号\n13267084184\n"
    )
    assert _addresses(text) == [
        at(text, "address", "漓江县茶洞乡滨江路159号"),
        at(text, "address", "漓江县茶洞乡古榕巷56号"),
    ]


# -- a header of two rows (a merged cell over its parts; rowspan over the premises) ------


def _two_row_html(group, parts, place):
    head = (
        f'<tr><th rowspan="2">序号</th><th colspan="{len(parts)}">{group}</th>'
        f'<th rowspan="2">{place}</th><th rowspan="2">联系电话</th></tr>'
        "<tr>" + "".join(f"<th>{p}</th>" for p in parts) + "</tr>"
    )
    rows = [
        (
            "1",
            ["董晓", rid("33112619651024278"), "松阳县大岭村18号"],
            "松阳县松溪街道大岭村18号",
            "18235377430",
        ),
        (
            "2",
            ["覃阿秀", rid("33112319920922223"), "松阳县下洋村34号"],
            "松阳县竹坪镇下洋村34号",
            "18087806719",
        ),
    ]
    body = "".join(
        f"<tr><td>{n}</td>"
        + "".join(f"<td>{c}</td>" for c in cells[: len(parts)])
        + f"<td>{p}</td><td>{m}</td></tr>"
        for n, cells, p, m in rows
    )
    return f"<p>民宿登记备案情况公示</p><table><thead>{head}</thead><tbody>{body}</tbody></table>"


@pytest.mark.parametrize("place", ["经营地址", "民宿地址", "经营场所"])
def test_premises_under_a_rowspan_header_beside_a_merged_one(place):
    html = _two_row_html("经营者", ["姓名", "身份证号码"], place)
    assert [f for f in scan_html(html, allow=[]) if f.type == "address"] == []
    names = [html[f.start : f.end] for f in scan_html(html, allow=[]) if f.type == "name"]
    assert names == ["董晓", "覃阿秀"]


def test_a_home_under_a_merged_header_stays_found_beside_the_premises():
    html = _two_row_html("经营者信息", ["姓名", "身份证号码", "家庭住址"], "经营地址")
    got = [html[f.start : f.end] for f in scan_html(html, allow=[]) if f.type == "address"]
    assert got == ["松阳县大岭村18号", "松阳县下洋村34号"]


# -- pipe tables and key-value records ----------------------------------------------------


def test_a_pipe_table_of_shops_and_their_owners_homes():
    text = (
        "| 序号 | 姓名 | 住所 | 网点地址 | 手机 |\n|---|---|---|---|---|\n"
        "| 1 | 陶建新 | 宁江县城关镇解放路12号 | 宁江县城关镇新华街56号 | 13905741234 |\n"
        "| 2 | 郝丽萍 | 宁江县西店镇沿河路3号 | 宁江县西店镇商贸街9号 | 13805746789 |\n"
    )
    assert _addresses(text) == [
        at(text, "address", "宁江县城关镇解放路12号"),
        at(text, "address", "宁江县西店镇沿河路3号"),
    ]


@pytest.mark.parametrize("label", ["站点地址", "设站地址", "民宿地址", "场所地址", "店面地址"])
def test_a_business_place_by_its_key_value_label(label):
    text = (
        f"申请人：陶建新\n身份证号：{rid('33022519800312451')}\n住址：宁江县城关镇解放路12号\n"
        f"{label}：宁江县城关镇新华街56号\n联系电话：13905741234\n"
    )
    assert _addresses(text) == [at(text, "address", "宁江县城关镇解放路12号")]


def test_a_flat_under_a_business_header_stays_a_home():
    text = (
        "序号\t经营者\t经营地址\t联系电话\n"
        "1\t柯德胜\t宁江县滨江花园2栋2单元401室\t15291780913\n"
        "2\t秋小峰\t宁江县圩亭路84号\t13528292707\n"
    )
    assert _addresses(text) == [at(text, "address", "宁江县滨江花园2栋2单元401室")]


# -- more forms: full-width gaps, a two-row aligned header, records parted by blank lines --


def test_an_aligned_table_with_full_width_gaps():
    text = (
        "序号\u3000经营者\u3000\u3000身份证号码\u3000\u3000\u3000\u3000\u3000\u3000\u3000"
        "经营场所\u3000\u3000\u3000\u3000\u3000\u3000\u3000联系电话\n"
        f"１\u3000\u3000柯德胜\u3000\u3000{rid('45092119890126573')}\u3000容岭县六靖镇中山路129号"
        "\u3000\u300015291780913\n"
        f"２\u3000\u3000秋小峰\u3000\u3000{rid('45092119660613843')}\u3000容岭县樟木镇圩亭路84号"
        "\u3000\u300013528292707\n"
    )
    assert _addresses(text) == []
    assert at(text, "mobile", "13528292707") in found(text, {"mobile"})


def test_an_aligned_table_with_a_two_row_header():
    text = (
        " 序号  经营者                          经营地址                  联系电话\n"
        "       姓名      身份证号码\n"
        f" 1     柯德胜    {rid('45092119890126573')}  容岭县六靖镇中山路129号   15291780913\n"
        f" 2     秋小峰    {rid('45092119660613843')}  容岭县樟木镇圩亭路84号    13528292707\n"
    )
    assert _addresses(text) == []


def test_one_cell_a_line_records_parted_by_blank_lines():
    shop = "序号\n经营者\n身份证号\n门店地址\n联系电话\n\n"
    home = shop.replace("门店地址", "户籍地址").replace("经营者", "姓名")
    rows = (
        f"1\n柯德胜\n{rid('45092119890126573')}\n容岭县六靖镇中山路129号\n15291780913\n\n"
        f"2\n秋小峰\n{rid('45092119660613843')}\n容岭县樟木镇圩亭路84号\n13528292707\n"
    )
    assert _addresses(shop + rows) == []
    text = home + rows
    assert _addresses(text) == [
        at(text, "address", "容岭县六靖镇中山路129号"),
        at(text, "address", "容岭县樟木镇圩亭路84号"),
    ]


def test_a_bracketed_key_value_record_keeps_the_home_and_drops_the_premises():
    text = (
        f"【经营者】柯德胜\n【身份证号】{rid('45092119890126573')}\n"
        "【经营场所】容岭县六靖镇中山路129号\n【住所】容岭县樟木镇圩亭路84号\n【联系电话】15291780913\n"
    )
    assert _addresses(text) == [at(text, "address", "容岭县樟木镇圩亭路84号")]
