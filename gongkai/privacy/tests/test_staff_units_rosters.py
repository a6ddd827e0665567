"""Staff and units' numbers among private persons in rosters, lists and letters (issue 16,
privfix16cb): who a column or a label serves, a directory's office, a name's right edge
before an adverb, a place's left edge at its province. Fixtures invented, in several layouts;
near misses: the row's persons, a person's own contact line, a reader's landline."""

from .spans import found

ALIGNED = (
    "           某县独居老人走访情况表\n"
    "序号  被走访人    身份证号码              联系电话       住址                        走访人\n"
    "1     宁红梅  110101199003071237  13912345678  某县建设路12号幸福家园3栋2单元501室  黎建华\n"
    "2     祁芳   110101199003071237  13912345679  某县东风路8号  邬晓东\n"
    "3     司徒明远  110101199003071237  13912345670  某县人民路166号金色花园12栋1单元1202室  黎建华\n"
)
STACKED = (
    "某县某镇某社区矛盾纠纷风险排查名单\n序号\n当事人\n联系电话\n住址\n网格员\n"
    "1\n宁红梅\n13912345678\n某县建设路12号\n邬晓东\n"
    "2\n祁芳\n13912345679\n某县东风路8号\n邬晓东\n"
)
DOTTED = "申请人称，其丈夫阿不都·热合曼多次实施殴打，现已报警。"
PROVINCE = "经办银行多次催收（催收函寄达湖南省长沙市某县白沙镇大湾村8组15号）未果。"
INLINE = "如有异议，请向县水利局工程股反映。联系人：邬晓东，电话：0731-4063134，地址：某县建设路88号水利大楼402室。"
INLINE_PERSON = "联系人：邬晓东，电话：13912345678，地址：某县建设路88号3栋2单元402室。"
SIGNIN = (
    "序号\t单位或房号\t姓名\t职务\t联系电话\n"
    "1\t某街道办事处综治办\t邬晓东\t科员\t0731-4810325\n"
    "2\t某县教育局基建股\t黎建华\t副股长\t0731-4810326\n"
    "3\t3栋1单元301室\t宁红梅\t业主\t13912345678\n"
)
LABELS = (
    "检查人员：黎建华　复核：邬晓东　科室电话：0731-7302032\n"
    "接种医生：黎建华、邬晓东\n"
    "经办：某街道民政科 邬晓东,电话 0731-86550931\n"
)
STACKED_CONTACT = "意见\n同意\n社区联系人\n邬晓东\n社区电话\n0731-7312208\n"
PANEL = "本中心组织由黎建华、邬晓东、宁红梅等5名专家组成的鉴定组进行了调查。"
DIRECTORY = (
    "一、县民政局社会事务股：地址某县建设路1号，电话0731-3219876，负责人邬晓东股长。\n"
    "2. 某银行某县支行　地址：某县建设路9号　客户经理：黎建华　电话：0731-8221730\n"
)
CUE = "来信称，因丈夫郑浩然有一笔信用卡逾期记录，贷款被退回。"
STAFF_PHONE = "执法人员：黎建华、邬晓东    联系电话：0731-7936299\n社区工作人员宁红梅负责跟进，联系电话0731-5212364。"
CALLED = "工作人员曾拨打您预留的家中座机0731-7510431告知。"


def _pieces(text, kinds=None):
    return [(k, text[s:e]) for k, s, e in found(text, kinds)]


def test_ragged_aligned_roster_reads_its_staff_column_by_rank():
    got = _pieces(ALIGNED, ["name"])
    assert got == [("name", "宁红梅"), ("name", "祁芳"), ("name", "司徒明远")]


def test_post_column_beside_a_party_column_one_cell_a_line():
    assert _pieces(STACKED, ["name"]) == [("name", "宁红梅"), ("name", "祁芳")]


def test_dotted_name_ends_before_an_adverb():
    assert _pieces(DOTTED, ["name"]) == [("name", "阿不都·热合曼")]


def test_address_opens_at_its_province():
    assert _pieces(PROVINCE, ["address"]) == [("address", "湖南省长沙市某县白沙镇大湾村8组15号")]


def test_office_contacts_in_one_sentence_give_no_address():
    assert _pieces(INLINE) == []
    assert _pieces(INLINE_PERSON) == [
        ("name", "邬晓东"),
        ("mobile", "13912345678"),
        ("address", "某县建设路88号3栋2单元402室"),
    ]


def test_sign_in_sheet_clerk_by_the_rows_unit_and_title():
    assert _pieces(SIGNIN) == [
        ("address", "3栋1单元301室"),
        ("name", "宁红梅"),
        ("mobile", "13912345678"),
    ]


def test_labels_of_the_units_doers_reviews_and_contacts():
    assert _pieces(LABELS) == []
    assert _pieces(STACKED_CONTACT) == []
    assert _pieces(PANEL) == []
    # a private role's label keeps its name
    assert _pieces("复核申请人：邬晓东，联系电话：13912345678") == [
        ("name", "邬晓东"),
        ("mobile", "13912345678"),
    ]


def test_directory_lines_of_offices_and_branches():
    assert _pieces(DIRECTORY) == []
    own = "一、县民政局社会事务股：负责人邬晓东，手机13912345678。"
    assert ("name", "邬晓东") in _pieces(own)


def test_cue_name_of_three_before_you():
    assert _pieces(CUE, ["name"]) == [("name", "郑浩然")]


def test_phone_after_the_units_staff_at_work():
    assert _pieces(STAFF_PHONE) == []
    assert _pieces(CALLED) == [("landline", "0731-7510431")]
