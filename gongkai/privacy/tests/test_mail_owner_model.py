"""Whose mailbox (mailowner): a header's display name, the box's own label, the phone of
its contact group, the label its sibling records share. Fixtures of varied layouts."""

import pytest

from gongkai.privacy.mailowner import display_owner

from .spans import at, found


def _boxes(text):
    return sorted(text[s:e] for _, s, e in found(text, ["email"]))


@pytest.mark.parametrize(
    ("display", "owner"),
    [
        ("兴和物业", "unit"),
        ('"城南物业客服部"', "unit"),
        ("县住建局办公室", "unit"),
        ("Service Desk", "unit"),
        ("文化馆", "unit"),
        ("司法所", "unit"),
        ("周建国", "person"),
        ("薛哲", "person"),
        ("欧阳晓峰（业主）", "person"),
        ("“林美玲”", "person"),
        ("客服（丰泰物业）", "unit"),
        ("电子邮箱：", None),
        ("", None),
    ],
)
def test_display_names(display, owner):
    assert display_owner(display) == owner


def _export(head, sep, rows):
    blocks = []
    for n, (sender, to, cc, body) in enumerate(rows, 1):
        lines = [f"{head} {n}", f"发件人{sep}{sender}", f"收件人{sep}{to}"]
        if cc:
            lines.append(f"抄送{sep}{cc}")
        blocks.append("\n".join(lines) + f"\n\n{body}\n")
    return "某区物业维修资金管理办公室 邮件往来导出\n\n" + "\n".join(blocks)


@pytest.mark.parametrize("sep", ["：", ": ", "\u3000：", ":"])
@pytest.mark.parametrize("cc_unit", ["丰泰物业 <fw@ftwuye.cn>", '"城南物业客服部" <kf88@163.com>'])
def test_a_copied_unit_in_a_mail_export_is_the_units(sep, cc_unit):
    office = "wxb_office@163.com"
    text = _export(
        "===== 第",
        sep,
        [
            ("陆文涛 <luwentao77@qq.com>", f"维修办 <{office}>", "", "请问材料是否齐全。"),
            (f"维修办 <{office}>", "luwentao77@qq.com", cc_unit, "陆文涛您好：材料已收到。"),
            ("闻婧 <wenjing_90@sina.com>", f"维修办 <{office}>", "", "申请补正。"),
            (f"维修办 <{office}>", "wenjing_90@sina.com", cc_unit, "闻婧您好：请补交。"),
        ],
    )
    got = _boxes(text)
    assert "luwentao77@qq.com" in got and "wenjing_90@sina.com" in got
    unit_box = cc_unit.split("<")[1].rstrip(">")
    assert unit_box not in got and office not in got


def test_english_headers_quoted_reply_and_reply_to():
    text = (
        "From: Huang Yumei <hym.2019@gmail.com>\n"
        "To: Town Service Office <tso_zhen@126.com>\n"
        "Reply-To: 黄玉梅 <hym_home@139.com>\n"
        "Subject: 申请\n\n"
        "请回复。\n\n"
        "> From: 镇便民服务中心 <bmfw_zx@163.com>\n"
        "> To: hym.2019@gmail.com\n"
        "> 您好，已受理。\n"
    )
    got = _boxes(text)
    assert got == ["hym.2019@gmail.com", "hym.2019@gmail.com", "hym_home@139.com"]


def test_a_persons_name_in_a_copy_line_makes_the_box_theirs():
    text = (
        "发件人：县信访局 <xfj@county.gov.cn>\n"
        "收件人：申诉人 <caller1@163.com>\n"
        "抄送：诸葛明远 <zgmy_1988@foxmail.com>；县人社局 <rsj_ban@163.com>\n\n"
        "你反映的问题已转办。\n"
    )
    got = _boxes(text)
    assert "zgmy_1988@foxmail.com" in got
    assert "rsj_ban@163.com" not in got and "xfj@county.gov.cn" not in got


@pytest.mark.parametrize(
    "line",
    [
        "（答复件已寄送代表本人，电子版发送至代表个人邮箱{box}；代表住宅电话0571-86612345已电话沟通。）",
        "经办：电子版发至提案人本人邮箱{box}，并电话（0571）86612345告知。",
    ],
)
def test_a_persons_own_label_gives_the_box_back(line):
    box = "liu_hongwei62@126.com"
    text = (
        "县交通运输局\n关于政协提案的答复\n\n" + line.format(box=box) + "\n\n抄送：县政协提案委。\n"
    )
    assert at(text, "email", box) in found(text, ["email"])


def _one_cell(records):
    head = "案号\n当事人\n家庭电话\n手机\n电子邮箱\n\n"
    return "送达地址确认登记（逐格导出）\n\n" + head + "\n\n".join("\n".join(r) for r in records)


def test_a_box_in_a_record_one_cell_a_line_shares_the_persons_phone():
    text = _one_cell(
        [
            ("（2026）浙0101执11号", "郑书涵", "0571-85316620", "13957112345", "zsh_88@qq.com"),
            ("（2026）浙0101执12号", "陶一鸣", "无", "13857154321", "3216549870@qq.com"),
            ("（2026）浙0101执13号", "冯晓岚", "0571-86112233", "无", "无"),
        ]
    )
    got = _boxes(text)
    assert got == ["3216549870@qq.com", "zsh_88@qq.com"]


def test_a_units_line_keeps_its_box():
    text = (
        "申请人：程立新，电话13912345678，邮箱 chenglx@163.com。\n"
        "受理单位：县市场监管局综合科，电话0571-82345678，邮箱 scjg_zhk@163.com。\n"
        "如有异议，请发送至举报邮箱 jubao_sx@163.com。\n"
    )
    got = _boxes(text)
    assert "chenglx@163.com" in got
    assert "scjg_zhk@163.com" not in got and "jubao_sx@163.com" not in got


def test_sibling_records_under_one_label():
    rows = [
        ("毛俊杰", "13607451234", "maojunjie@163.com"),
        ("阎晓红", "15874561234", "yxh_2001@qq.com"),
        ("钮晨曦", "18774561234", "niucx@126.com"),
    ]
    text = "演出审批结果\n\n" + "\n\n".join(
        f"【举办单位】某文化传媒有限公司\n【联系人】{n}　【电话】{p}　【邮箱】{b}"
        for n, p, b in rows
    )
    text += "\n\n【受理窗口】县文旅局　【电话】0745-2234567　【邮箱】wlj_ck@163.com\n"
    got = _boxes(text)
    assert got == sorted(r[2] for r in rows)


@pytest.mark.parametrize(
    ("who", "label"),
    [("代表", "个人邮箱"), ("委员", "本人邮箱"), ("代表", "个人电子邮箱")],
)
def test_a_persons_own_box_in_a_replys_contact_footer(who, label):
    box = "wjg_1970@163.com"
    text = (
        f"关于县人大{who}第12号建议的答复\n\n王建国{who}：\n"
        "　　您提出的关于加快农村道路硬化的建议收悉。现答复如下：……\n\n"
        "县交通运输局\n2026年6月3日\n\n"
        "　　（联系人：周海，联系电话：0571-83456789。本答复纸质件寄送"
        f"{who}本人，电子版发送至{who}{label} {box}；{who}家庭电话 0571-86612345 已电话沟通。）\n\n"
        "抄送：县人大常委会选工委，县政府办公室。\n"
    )
    got = found(text, ["email", "landline"])
    assert at(text, "email", box) in got
    assert at(text, "landline", "0571-83456789") not in got  # the office's contact


def test_a_forwarded_chain_with_blind_copies_and_original_headers():
    text = (
        "主题：转发：关于噪音投诉\n"
        "发件人：街道城管中队 <cgzd_2026@126.com>\n"
        "收件人：区城管局指挥中心 <zhzx@qu.gov.cn>\n"
        "密送：上官婉清 <sgwq_1992@163.com>, 市12345热线平台 <rx12345_fw@163.com>\n\n"
        "请阅处。\n\n"
        "-----原始邮件-----\n"
        "发件人：“上官婉清” <sgwq_1992@163.com>\n"
        "发送时间：2026年5月8日 21:40\n"
        "收件人：cgzd_2026@126.com\n"
        "主题：关于噪音投诉\n\n"
        "楼下烧烤店每晚营业到凌晨两点。\n"
    )
    got = _boxes(text)
    assert got == ["sgwq_1992@163.com", "sgwq_1992@163.com"]


def test_a_persons_name_on_a_government_domain_stays_the_units():
    text = (
        "发件人：钟立群 <zhonglq@county.gov.cn>\n"
        "收件人：祁思远 <qisy_88@qq.com>\n\n"
        "祁思远您好：您的申请已受理。\n"
    )
    assert _boxes(text) == ["qisy_88@qq.com"]
