"""The name model and the generic block pass (issue 16): a scored test for isolated
tokens (``namemodel``) and its use in blocks of any separator (``blocks``): semicolon
exports, box-drawn forms, bar tables, aligned tables with wrapped cells, particulars in
brackets beside a token, counted enumerations, spaced labels and chat mentions.

Every fixture is written for these tests — topics, separators and names of their own,
not a held-out document's — and asserts the exact spans found and the near misses left
alone.
"""

import pytest

from gongkai.privacy import namemodel as nm
from gongkai.privacy import scan_text
from gongkai.privacy.blocks import block_names

from .spans import rid


def name_spans(text):
    return [
        (f.start, f.end) for f in scan_text(text, allow=[], expressions=False) if f.type == "name"
    ]


def spans_of(text, pieces):
    """The spans of ``pieces`` in order of their place in ``text``."""
    out, pos = [], 0
    for piece in pieces:
        s = text.index(piece, pos)
        out.append((s, s + len(piece)))
        pos = s + len(piece)
    return out


# --- the model -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    [
        "欧阳春",
        "司马文华",
        "尉迟明",
        "张廖晓雯",
        "冯玉兰",
        "邝金水",
        "阿依古丽·买买提",
        "扎约",
        "娜阿",
        "岩三",
        "胡扎迫",
        "包格日勒",
        "格桑卓玛",
    ],
)
def test_confident_names(token):
    assert nm.confident(token), token


@pytest.mark.parametrize("token", ["温柔", "丁香", "江河", "宁静", "万里", "乌云", "黄金", "江南"])
def test_word_like_names_are_possible(token):
    assert nm.possible(token), token


@pytest.mark.parametrize("token", ["黄金", "江南", "宁静", "江河"])
def test_known_words_and_bare_transliterations_are_not_confident(token):
    assert not nm.confident(token), token


@pytest.mark.parametrize(
    "token",
    [
        "合计",
        "小计",
        "本人",
        "之子",
        "红星村",
        "第三组",
        "青石镇",
        "县民政局",
        "网格员",
        "张某",
        "王某某",
        "村主任",
        "急难型",
        "蒙古族",
        "户主姓名",
        "李家庄",
    ],
)
def test_non_names_score_nothing(token):
    assert nm.score(token) == 0.0, token


# --- rows and cells of any separator ---------------------------------------------------


def test_semicolon_export_column_with_word_like_names():
    ids = [rid(f"4301021965{m:02d}{10 + k}123") for k, m in enumerate((3, 5, 7, 9, 11), 1)]
    rows = ["编号;受助人;性别;证件号;补助(元)"]
    people = ["贺兰山", "高山", "白露", "司徒静", "邬小红"]
    for k, (p, i) in enumerate(zip(people, ids, strict=True), 1):
        rows.append(f"{k:03d};{p};女;{i};600")
    rows.append("合计;;;;3000")
    text = "困难群众取暖补助发放表\n" + "\n".join(rows) + "\n制表：县民政局\n"
    assert name_spans(text) == spans_of(text, people)


def test_box_drawn_form_and_its_clerk_left_alone():
    i1, i2 = rid("37130219780412561"), rid("37130219810923462")
    text = (
        "┌────┬────────┬────────────────────┐\n"
        f"│序号│承租人  │公民身份号码        │\n"
        "├────┼────────┼────────────────────┤\n"
        f"│1   │欧阳春雨│{i1}  │\n"
        f"│2   │宁静    │{i2}  │\n"
        f"│3   │綦国梁  │{rid('37130219690207123')}  │\n"
        "└────┴────────┴────────────────────┘\n"
        "经办人：赵卫东　　审核人：钱志明\n"
    )
    assert name_spans(text) == spans_of(text, ["欧阳春雨", "宁静", "綦国梁"])


def test_bar_table_of_owners_without_a_persons_header():
    text = (
        "维修资金分摊明细\n"
        "幢号-室号｜权利人｜建筑面积｜分摊金额｜账号\n"
        "5-1-101｜甘霖｜88.10｜6512.30｜622848001234567891\n"
        "5-1-102｜钟秀英、史大川｜91.20｜6741.10｜622848001234567892\n"
        "5-1-201｜龙飞｜88.10｜6512.30｜622848001234567893\n"
        "5-1-202｜贝春梅｜91.20｜6741.10｜622848001234567894\n"
    )
    expected = ["甘霖", "钟秀英", "史大川", "龙飞", "贝春梅"]
    assert name_spans(text) == spans_of(text, expected)


def test_table_of_units_and_their_contacts_left_alone():
    text = (
        "单位名称;联系人;办公电话\n"
        "县水利局;张文斌;0736-7221345\n"
        "县林业局;李秀英;0736-7221346\n"
        "县农业农村局;王海涛;0736-7221347\n"
    )
    assert block_names(text, []) == []


def test_column_of_places_and_types_is_no_column_of_persons():
    text = (
        "乡镇\t村\t类别\t户数\n"
        "青石镇\t红星村\t急难型\t3\n"
        "青石镇\t白鹤村\t支出型\t5\n"
        "龙潭乡\t高桥村\t急难型\t2\n"
    )
    assert block_names(text, []) == []


def test_aligned_table_with_a_wrapped_note():
    i = [rid(f"15042619{y}0612345") for y in (48, 52, 57)]
    text = (
        "序号  姓名      身份证号码            嘎查村      备注\n"
        f"1     巴特尔    {i[0]}    宝日嘎查    本人\n"
        f"2     包乌力吉  {i[1]}    宝日嘎查    子女代为\n"
        "                                                  办理\n"
        f"3     乌云      {i[2]}    查干嘎查\n"
    )
    assert name_spans(text) == spans_of(text, ["巴特尔", "包乌力吉", "乌云"])


# --- particulars beside a token --------------------------------------------------------


def test_bracket_of_particulars_makes_a_person():
    text = (
        "一、入园名单\n"
        "编号 A031　林一诺（4岁，监护人：林振华）\n"
        "编号 A047　舒心（5岁，监护人：舒建军、卞小芳）\n"
        "二、联系方式\n"
        "家委会：蓝天 13912345678；祁红梅 13812345679\n"
    )
    got = name_spans(text)
    for piece in ("林一诺", "舒心", "蓝天", "祁红梅"):
        assert spans_of(text, [piece])[0] in got, piece


def test_officials_with_brackets_left_alone():
    text = (
        "监督：县教育局局长范建国（13800001111）\n"
        "园长：黄小燕（0731-8888123）\n"
        "一、青苗幼儿园（2岁以上，地址：学府路9号）\n"
    )
    assert block_names(text, []) == []


# --- counted enumerations, labels, mentions --------------------------------------------


def test_counted_enumeration_and_a_count_of_units():
    text = "决定授予贺兰、江雪、马骏、司马云峰4名同志“最美护河员”称号，授予红星村、白鹤村2个村集体表彰。"
    assert [text[s:e] for s, e in name_spans(text)] == ["贺兰", "江雪", "马骏", "司马云峰"]


def test_spaced_label_and_relations_before_names():
    text = "户　　主：岩温　　　家庭人口：3人\n共同居住人：妻玉香、子岩坎\n备　　注：无\n"
    assert [text[s:e] for s, e in name_spans(text)] == ["岩温", "玉香", "岩坎"]


def test_chat_mentions_and_a_role_left_alone():
    text = "@付春燕 @黎大山 明天上午带户口本来村部。\n@村委会主任黄德贵 收到\n@所有人 注意\n"
    found = [text[c[0] : c[1]] for c in block_names(text, [])]
    assert found == ["付春燕", "黎大山"]


# --- more separators: markdown, quoted CSV, one item a line ----------------------------


def test_markdown_table_of_owners_and_a_company_row_left_alone():
    text = (
        "| 序号 | 业主 | 房号 | 面积 |\n"
        "|---|---|---|---|\n"
        "| 1 | 田野 | 2-301 | 89.5 |\n"
        "| 2 | 龙腾飞 | 2-302 | 92.1 |\n"
        "| 3 | 恒信置业有限公司 | 2-401 | 89.5 |\n"
        "| 4 | 尚春华 | 2-402 | 92.1 |\n"
        "| 5 | 白雪 | 2-501 | 89.5 |\n"
    )
    assert name_spans(text) == spans_of(text, ["田野", "龙腾飞", "尚春华", "白雪"])


def test_quoted_csv_of_recipients():
    text = (
        '"序号","受助人","性别","金额"\n'
        '"1","田野","女","500"\n"2","龙腾飞","男","500"\n'
        '"3","白雪","女","500"\n"4","尚春华","女","500"\n'
    )
    assert name_spans(text) == spans_of(text, ["田野", "龙腾飞", "白雪", "尚春华"])


def test_one_item_a_line_under_a_heading_of_persons():
    from gongkai.privacy import scan_html

    html = (
        "<h3>2025年度优秀学生名单</h3><ul><li>高原（三年级）</li><li>白雪（四年级）</li>"
        "<li>诸葛明亮（五年级）</li><li>柏秀英（五年级）</li></ul>"
    )
    got = [f.text for f in scan_html(html, allow=[], expressions=False) if f.type == "name"]
    assert got == ["高原", "白雪", "诸葛明亮", "柏秀英"]


def test_one_item_a_line_of_places_or_officials_left_alone():
    places = "\n各安置点\n红星村\n白鹤村\n高桥社区\n青石镇敬老院\n"
    officials = "\n领导小组成员\n贺建国\n司马文清\n柏秀英\n"
    assert block_names(places, []) == []
    assert block_names(officials, []) == []


def test_labelled_family_with_relations():
    text = "申 请 人：甘露\n身份证号：110101199003071237\n家庭成员：丈夫陶然、儿子陶乐乐\n"
    assert [text[s:e] for s, e in name_spans(text)] == ["甘露", "陶然", "陶乐乐"]


def test_repeated_key_value_lines_of_recipients():
    text = (
        "受助人：卜秋菊　　性别：女　　年龄：72\n"
        "受助人：玉香　　性别：女　　年龄：69\n"
        "受助人：岩坎　　性别：男　　年龄：75\n"
    )
    assert [text[s:e] for s, e in name_spans(text)] == ["卜秋菊", "玉香", "岩坎"]


def test_proxies_named_in_notes_and_a_unit_left_alone():
    text = "本期领取：符大海（委托符小燕）、甘春莲（由鲁明亮代领）、邝德福（由县民政局代发）。\n"
    found = [text[c[0] : c[1]] for c in block_names(text, [])]
    assert "符小燕" in found and "鲁明亮" in found
    assert not any("民政局" in f for f in found)
