"""Legal-aid documents (issue 16, privfix26e, after docs301): 陇 is a Yi surname of
northeast Yunnan and Guizhou, read as a rare surname (its given name of given-name
characters); a lawyer keyed as a case's handler in an export's record (``counselkeys``) is
read by the key also when the lists of given names do not know the given name. Places that
open with 陇 and a clerk's key without a firm stay plain."""

from gongkai.privacy.tests.spans import at, found, names

# --- 陇 as a rare surname ------------------------------------------------------------------


def test_a_yi_family_with_the_surname_long_in_a_review_decision():
    text = (
        "申请人：陇明华，男，1969年4月2日出生，彝族，住彝良县角奎镇发达村。\n"
        "申请人家中有陇德顺（父）、陇玉兰（女）需要照顾。\n"
        "抄送：申请人陇明华。\n"
    )
    got = found(text, ("name",))
    assert got == names(text, "陇明华", "陇德顺", "陇玉兰") + [
        at(text, "name", "陇明华", text.index("抄送"))
    ]


def test_places_opening_with_long_stay_places():
    text = (
        "陇南市武都区、陇西县首阳镇的申请人经审查符合条件，由陇川县法律援助中心受理。\n"
        "联系电话：0939-8212345\n"
    )
    assert found(text, ("name",)) == []


# --- a handler's key of a name in a record naming a law firm -----------------------------


def test_a_handler_key_reads_a_name_of_unlisted_given_characters():
    text = (
        '{"ajbh":"2025-011","sqrxm":"潘金水","cbrxm":"白若冰","cbrsj":"13967001234",'
        '"cbjg":"浙江某律师事务所"}\n'
        '{"ajbh":"2025-012","sqrxm":"林秋菊","cbrxm":"何子墨","cbrsj":"13857002345",'
        '"cbjg":"某县法律服务所"}\n'
    )
    got = [g for g in found(text, ("name",)) if text[g[1] : g[2]] in ("白若冰", "何子墨")]
    assert got == names(text, "白若冰", "何子墨")


def test_a_clerk_key_with_no_firm_and_a_non_name_value_stay_plain():
    text = (
        '{"ajbh":"2025-013","sqrxm":"潘金水","slrxm":"白若冰","slrdh":"0577-6871234",'
        '"cbjg":"某县法律援助中心"}\n'
        '{"ajbh":"2025-014","sqrxm":"林秋菊","cbrxm":"若干","cbrsj":"13857002345",'
        '"cbjg":"浙江某律师事务所"}\n'
    )
    got = [text[s:e] for _k, s, e in found(text, ("name",))]
    assert "白若冰" not in got and "若干" not in got


# --- a mobile whose label's note names it official -----------------------------------------


def test_a_mobile_labelled_official_in_its_bracket_is_the_units():
    text = (
        "（联系人：县司法局办公室　杨主任　电话：0597-6821234　手机（公务）：13850611234）\n"
        "值班联系方式：手机（值班）：13950625678\n"
    )
    assert found(text, ("mobile",)) == []


def test_a_mobile_labelled_as_the_persons_own_stays():
    text = (
        "申请人：罗桂英，手机（本人）：13850611234\n代理人：罗志明　手机：13950625678（公务员）\n"
    )
    got = found(text, ("mobile",))
    assert got == [at(text, "mobile", "13850611234"), at(text, "mobile", "13950625678")]


# --- a run of staff after the post of their act (staffruns) -------------------------------


def test_a_run_of_reviewers_after_their_post_acts_in_office():
    text = (
        "本机关受理后，由复议审查人员邓建平、卢秀英进行了书面审查，听取了申请人黄永福的意见。\n"
        "经核查人员孟庆华和龚丽娟入户核实，申请人家庭人均收入低于标准。\n"
    )
    assert found(text, ("name",)) == names(text, "黄永福")


def test_a_run_after_a_persons_word_stays():
    text = "申请人黄永福及其亲属邓建平、卢秀英到场陈述，村民代表孟庆华、龚丽娟作证。\n"
    assert found(text, ("name",)) == names(text, "黄永福", "邓建平", "卢秀英", "孟庆华", "龚丽娟")


# --- a row's person named again in the list's note (rowrefs) ------------------------------


def test_a_note_names_a_rows_person_by_the_rows_number():
    text = (
        "序号\t姓名\t身份证号\t联系电话\n"
        "1\t乌日娜\t152221199003125123\t13904821234\n"
        "2\t包金山\t152221198507231237\t0482-3621234\n"
        "说明：第2行包金山使用家庭固定电话；第1行乌日娜已核对。\n"
    )
    got = [g for g in found(text, ("name",)) if g[1] > text.index("说明")]
    assert got == [
        at(text, "name", "包金山", text.index("说明")),
        at(text, "name", "乌日娜", text.index("说明")),
    ]


def test_a_rows_number_before_words_no_name_found_elsewhere_stays_plain():
    text = (
        "序号\t姓名\t身份证号\n"
        "1\t乌日娜\t152221199003125123\n"
        "说明：第2行使用旧表；第3号文件另行下发，第1户王明亮未到场。\n"
    )
    got = [g for g in found(text, ("name",)) if g[1] > text.index("说明")]
    assert [text[s:e] for _k, s, e in got if text[s:e] in ("使用", "文件")] == []


def test_row_refs_adds_the_known_name_after_a_rows_number_only():
    from gongkai.privacy.rowrefs import row_refs

    text = "6\t王海龙\t…\n说明：第6行王海龙使用16位借记卡；第7行使用旧表；第8号王明亮未到。\n"
    cands = [(2, 5, "name", 0.95)]
    got = row_refs(text, cands)
    s = text.index("王海龙", 6)
    assert got == cands + [(s, s + 3, "name", 0.8)]  # 王明亮 is found nowhere: left alone
