"""Whose phone it is — the classes of phone errors of the held-out batches 19–33
(issue 16). The fixtures are written for these tests with other offices, places, labels
and layouts than the held-out documents; each asserts the exact spans found and the near
misses left clean.
"""

import pytest

from .spans import at, found, rid

PHONES = {"mobile", "landline"}


def phones(text):
    return found(text, PHONES)


# --- a notice's closing contact line under a sentence, not a person's record ----------


@pytest.mark.parametrize(
    "text",
    [
        # a key opening a sentence that names the unit's account: no field of a record
        "缴回方式：到区医保服务中心二楼5号窗口退回，或汇入区医疗保障基金专户"
        "（户名：区医疗保障局，账号：36050100000288321，单位账户）。\n"
        "联系电话：（0797）8821406，0797-8821407。",
        "领取办法：持通知书到街道社会事务办领取，逾期未领的，资金退回区财政专户"
        "（账号6228480010099887766，系财政专户）。\n咨询电话：0553-5128730",
    ],
)
def test_contact_line_under_a_sentence_is_the_office_s(text):
    assert phones(text) == []


def test_record_of_particulars_keeps_its_phone():
    text = (
        "姓名：骆文彬\n"
        f"身份证号：{rid('36050219580314031')}\n"
        "住址：渝水区城北路17号2栋301室\n"
        "联系电话：0790-6623158"
    )
    assert phones(text) == [at(text, "landline", "0790-6623158")]


# --- the channel for objections in a notice --------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "对以上名单有异议的，请在公示期内来电或来信。来电：（0736）7216008；来信：区民政局救助股。",
            "（0736）7216008",
        ),
        ("公示期7天，如有异议可实名反映。联系电话：0736-7216009。", "0736-7216009"),
    ],
)
def test_objection_channel_is_the_office_s(text, number):
    assert at(text, "landline", number) not in phones(text)
    assert phones(text) == []


def test_a_sentence_naming_a_person_keeps_the_number():
    text = "申请人董秀枝对结果有异议。联系电话：0736-7230415。"
    assert phones(text) == [at(text, "landline", "0736-7230415")]


# --- 议事会 is a body of residents, not a resident ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "村民议事会办公室设在村部一楼，联系电话：0859-3312760。",
        "居民议事会议事室位于社区服务中心三楼，联系电话：0859-3312761。",
    ],
)
def test_council_office_phone(text):
    assert phones(text) == []


def test_a_resident_s_phone_stays():
    text = "居民葛春来反映楼道积水，联系电话：0859-3317702。"
    assert phones(text) == [at(text, "landline", "0859-3317702")]


# --- a home's label nearer the number than a public channel's --------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "业委会办公电话暂用秘书长家庭电话0771-5561023，待物业用房交付后另行公告。",
            "0771-5561023",
        ),
        ("协会值班电话临时转至会长住宅电话（0771）5561024。", "（0771）5561024"),
    ],
)
def test_home_label_after_a_public_one(text, number):
    assert phones(text) == [at(text, "landline", number)]


def test_public_label_alone_stays_clean():
    text = "业委会办公电话0771-5561025，工作日9:00至17:00有人值守。"
    assert phones(text) == []


# --- a column naming the holder: an operator's own number -------------------------------


def test_operator_column_in_a_shops_table():
    text = (
        "序号\t店铺名称\t经营者\t经营者联系电话\t备注\n"
        "1\t城关镇阿贵米粉店\t施贵林\t0832-5509127\t\n"
        "2\t城关镇红星理发店\t仇红梅\t13608320541\t\n"
    )
    got = phones(text)
    assert at(text, "landline", "0832-5509127") in got
    assert at(text, "mobile", "13608320541") in got


def test_unit_column_beside_stays_the_unit_s():
    text = (
        "序号\t姓名\t所在村\t村委会电话\n"
        "1\t施贵林\t石桥村\t0832-5509128\n"
        "2\t仇红梅\t河坝村\t0832-5509129\n"
    )
    assert phones(text) == []


# --- a shop's operator named on a numbered line ------------------------------------------


def test_shop_line_with_its_operator():
    text = (
        "5．河西路五金店　店主郜立新，0744-8231176，门店河西路12号；已整改。\n"
        "6．河西路茶楼　经营户郦萍，(0744)8231190，门店河西路40号；已整改。\n"
    )
    got = phones(text)
    assert at(text, "landline", "0744-8231176") in got
    assert at(text, "landline", "(0744)8231190") in got


def test_unit_line_without_an_operator_stays_clean():
    text = "5．河西路派出所　0744-8231100，地址河西路2号；值班24小时。\n"
    assert phones(text) == []


# --- a local number in a CSV whose records say 电话回复 ------------------------------------


def test_local_number_under_its_header_past_records_that_mention_phones():
    text = (
        "编号,来信人,联系电话,处理结果,回复方式\n"
        "XF001,卓雅琴,13970912233,已转办,电话回复\n"
        'XF002,贲志强,"13870915566；8826153",已办结,电话回复\n'
    )
    assert at(text, "landline", "8826153") in phones(text)
    # a number in the 处理结果 column is no phone
    text2 = text + "XF003,甘露,13170910088,罚款8826154元,电话回复\n"
    assert at(text2, "landline", "8826154") not in phones(text2)


# --- offices listed by district or town (officelines) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "各乡镇咨询点：城郊镇 0736-6620115、河洑镇 (0736)6620116、丹洲乡 0736 6620117。",
        "分设网点：桃源县 0736-6620118、汉寿县 (0736)6620119。",
        "城南区：城南区解放路9号，电话0598-8231120；城北区：城北区胜利路6号，电话（0598）8231121。",
        "　　窗口分布：高新区，0851-85500112；开阳县，0851-87221133。",
    ],
)
def test_offices_listed_by_place(text):
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("申请人郝德明，家住城郊镇，0736-6628315。", "0736-6628315"),
        ("城郊镇：户主褚金凤，家庭电话0736-6628316。", "0736-6628316"),
    ],
)
def test_person_in_a_place_s_clause_keeps_the_number(text, number):
    assert phones(text) == [at(text, "landline", number)]


# --- a firm's line in a page of notices ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "■临湘市宏达建材有限公司遗失营业执照副本，声明作废。电话0730-3712205。",
        "●白沙镇金穗农机专业合作社遗失财务专用章一枚，特此声明。联系电话：0730-3712206",
        "3．县第二人民医院遗失收费票据20份，声明作废。电话：0730-3712207",
    ],
)
def test_firm_s_lost_notice(text):
    assert phones(text) == []


def test_person_s_lost_notice_keeps_the_number():
    text = "■柯兰英遗失残疾人证一本，声明作废。电话0730-3712288。"
    assert phones(text) == [at(text, "landline", "0730-3712288")]


# --- a note after the number that gives it to a unit --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "预约上门服务：街道工作站值班手机13974001122（单位值班电话，非个人）。",
        "联系电话：0731-84412203（社区居委会代收）",
        "联系方式：0731 84412204（镇民政办转告）",
    ],
)
def test_unit_note_after_the_number(text):
    assert phones(text) == []


def test_person_s_own_note_keeps_the_number():
    text = "联系人电话：13974001123　0731-84412205（单位）"
    assert at(text, "mobile", "13974001123") in phones(text)


# --- a home or committee in the cell before the number, dashes between ------------------


def test_institution_cell_before_a_dash_cell():
    text = (
        "| 序号 | 姓名 | 监护人 | 关系 | 联系电话 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 雷小宇 | 雷建华 | 父亲 | 0736-5521307 |\n"
        "| 2 | 唐可欣 | 区社会福利院 | — | 0736-5521100 |\n"
        "| 3 | 邹子涵 | 太平社区居委会 | / | 0736-5521101 |\n"
    )
    assert phones(text) == [at(text, "landline", "0736-5521307")]


def test_home_cell_in_a_tab_row_and_a_member_beside_a_centre():
    text = (
        "序号\t姓名\t供养方式\t照料人\t联系电话\n"
        "1\t谭桂香\t分散供养\t谭志勇\t0745-6120331\n"
        "2\t龙德贵\t集中供养\t乡敬老院\t0745-6120300\n"
    )
    assert phones(text) == [at(text, "landline", "0745-6120331")]
    members = (
        "| 序号 | 队员 | 所属队伍 | 电话 |\n"
        "| 1 | 卢海波 | 县应急志愿服务中心 | 0745-6120332 |\n"
        "| 2 | 施晓燕 | 县蓝天救援队 | 0745-6120333 |\n"
    )
    assert at(members, "landline", "0745-6120332") in phones(members)


# --- a CSV export whose cells hold prose with full-width commas --------------------------


def test_csv_rows_with_prose_cells_keep_the_row_s_phone():
    text = (
        "受理号,来电人,联系电话,反映地址,办理情况\n"
        "RX0301,闵秋生,13807951122,新余市城南路6号,已转交区城管局，限期清理\n"
        "RX0302,匿名,,,已告知向区市场监管局反映，不再回复\n"
        "RX0303,栾慧芳,(0790)6512273,新余市仙来西路18号,已协调，居民满意\n"
    )
    got = phones(text)
    assert at(text, "landline", "(0790)6512273") in got
    assert at(text, "mobile", "13807951122") in got


def test_prose_with_a_few_commas_is_no_row():
    text = "经核查,该路段路灯已修复,市城管局电话0790-6512200。"
    assert phones(text) == []


# --- a local number in a table flattened to one cell a line -------------------------------


def test_local_numbers_in_a_flattened_table_with_blank_lines():
    rows = [
        ("1", "永兴粮油店", "蒋立春", "13807461122", "城关镇东门路5号"),
        ("2", "永兴五金店", "阳慧敏", "5521378", "城关镇东门路19号"),
    ]
    head = "序号\n店铺名称\n负责人姓名\n联系电话\n经营地址\n\n"
    text = head + "\n\n".join("\n".join(r) for r in rows * 8) + "\n"
    got = phones(text)
    locals_ = [g for g in got if g[0] == "landline"]
    assert len(locals_) == 8
    assert all(text[s:e] == "5521378" for _k, s, e in locals_)


def test_local_numbers_in_a_packed_flattened_table():
    text = "编号\n户主\n固定电话\n补助金额\n01\n韦长根\n7312046\n1200\n02\n覃桂英\n7312519\n1500\n"
    assert phones(text) == [
        at(text, "landline", "7312046"),
        at(text, "landline", "7312519"),
    ]


def test_numbers_under_other_headers_stay_clean():
    text = (
        "序号\n项目名称\n合同编号\n中标金额\n\n"
        "1\n村道硬化\n2025318\n1860000\n\n"
        "2\n水渠维修\n2025322\n2350000\n"
    )
    assert phones(text) == []


# --- letter-spaced phone labels (a form's fields, OCR of a notice board) -----------------


@pytest.mark.parametrize(
    "text",
    [
        "举 报 电 话：13907486211\n",
        "监　督　电　话：13907486214\n",
        "投 诉 电 话：0745-6234568\n",
        "咨 询 电 话 ：0745-6234567\n",
    ],
)
def test_spaced_public_labels(text):
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("家 庭 电 话：0745-6234561\n", "0745-6234561", "landline"),
        ("申请人：冉光辉　联 系 电 话：0745-6234560\n", "0745-6234560", "landline"),
        ("姓 名：车秀梅\n住 址：桃川县解放路5号\n手  机：13907486219\n", "13907486219", "mobile"),
    ],
)
def test_spaced_person_labels_keep_the_number(text, number, kind):
    assert phones(text) == [at(text, kind, number)]


def test_spaced_labels_keep_offsets():
    from gongkai.privacy.spacedlabels import spaced_phone_labels

    text = "报名地点：村部\n联 系 电 话：0745-6234561；其 他 事 项：无\n"
    out = spaced_phone_labels(text)
    assert len(out) == len(text)
    assert "联系电话：0745-6234561" in out
    assert "其 他 事 项" in out  # no phone's label: left as typed


def test_person_s_lost_notice_naming_a_firm_keeps_the_number():
    text = "■滕晓燕遗失湘运物流有限公司工作证一本，声明作废。电话0730-3712289。"
    assert phones(text) == [at(text, "landline", "0730-3712289")]


# --- the supervision's contact on a notice board ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "监 督 电 话：村民理财监督小组 覃德海 13907455219\n",  # a 监督电话: a public channel
        "监督联系人：社区居务监督委员会主任　邬建英　0745-6234571\n",
    ],
)
def test_supervisory_body_s_member_contact(text):
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("监督人员：村务监督委员会  龙启明  13907455218\n", "13907455218"),
        ("监 督 人 员：村民理财监督小组 覃德海 13907455219\n", "13907455219"),
    ],
)
def test_supervisory_body_s_member_s_mobile_is_the_member_s_own(text, number):
    # (privfix16ia: a member's mobile beside the member's name is a person's phone; it was
    # the body's contact before)
    assert phones(text) == [at(text, "mobile", number)]


def test_a_complainant_on_a_supervision_line_keeps_the_number():
    text = "监督人员：村务监督委员会  受理村民龙启明反映，其本人电话13907455220\n"
    assert at(text, "mobile", "13907455220") in phones(text)
