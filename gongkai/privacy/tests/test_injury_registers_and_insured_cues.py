"""Names in an injury register flattened one cell a line whose header carries a narrative
column with a note (事故经过（当事人陈述）, 核查结论), Yi names with 么, 妞, 支, 乃, the
cues 参保人, 申请人代表, 业主代表 and 犬主, and a modal doing after a cue (应继续, 须及时):
privfix18g."""

from .spans import at, found


def _names(text):
    return found(text, ["name"])


def test_an_injury_register_one_cell_a_line_with_a_noted_narrative_header():
    text = (
        "石门县人民医院意外伤害就诊核查表\n"
        "序号\n伤者\n性别\n事故经过（当事人陈述）\n核查结论\n经办人\n"
        "1\n龚秋月\n女\n骑电动车在家门口滑倒\n无第三方责任\n罗敏\n"
        "2\n上官德明\n男\n在自家果园修枝时从梯子上跌落\n纳入基金支付\n罗敏\n"
    )
    got = _names(text)
    assert at(text, "name", "龚秋月") in got
    assert at(text, "name", "上官德明") in got
    assert at(text, "name", "罗敏") not in got  # the office's clerk


def test_hurt_persons_header_heads_a_column_of_names():
    text = (
        "序号\n受伤人员\n性别\n受伤时间\n处理结论\n"
        "1\n柴玉兰\n女\n2024-05-02\n已结案\n"
        "2\n邝建新\n男\n2024-06-11\n已结案\n"
    )
    got = _names(text)
    assert at(text, "name", "柴玉兰") in got and at(text, "name", "邝建新") in got


def test_a_finding_cell_in_a_record_is_no_header():
    # a short record cell ending in 经过 or 结论 is not taken for a header: the names stay
    text = "序号\n姓名\n情况\n1\n苗春生\n调查经过\n2\n贝小娟\n已有结论\n"
    got = _names(text)
    assert at(text, "name", "苗春生") in got and at(text, "name", "贝小娟") in got


def test_yi_names_with_less_usual_characters_in_a_members_column():
    text = (
        "序号\t乡镇\t户主\t患病成员\t与户主关系\t病种\t联系电话\n"
        "1\t大桥镇\t杨德兵\t杨春燕\t之女\t先天性心脏病\t18355102112\n"
        "2\t大桥镇\t马海约布\t马海阿依\t配偶\t乳腺癌\t18976493726\n"
        "3\t大桥镇\t阿侯拉哈\t沙马么扎\t之女\t尿毒症\t15215433874\n"
        "4\t拖乌乡\t苏呷拉者\t吉克阿妞\t之母\t骨折\t17604006724\n"
        "5\t拖乌乡\t木乃日哈\t木乃阿支\t之子\t肺结核\t15854291790\n"
    )
    got = _names(text)
    for piece in ("沙马么扎", "吉克阿妞", "木乃日哈", "木乃阿支"):
        assert at(text, "name", piece) in got, piece
    assert at(text, "name", "之母") not in got and at(text, "name", "拖乌乡") not in got


def test_insured_person_delegate_and_dog_keeper_cues():
    for text, piece in (
        ("经查，参保人宫玉珍冒用亲属医保凭证结算12次。", "宫玉珍"),
        ("本单元申请人代表邬海燕两次上门协商补偿。", "邬海燕"),
        ("业主代表钮建军代表本单元提交申请。", "钮建军"),
        ("你已获犬主詹秋生赔偿医疗费，又申请报销。", "詹秋生"),
    ):
        assert at(text, "name", piece) in _names(text), text


def test_a_modal_doing_after_a_cue_is_no_name():
    for text in (
        "但申请人代表应继续与您协商。",
        "参保人应及时足额缴费。",
        "村民可自行到窗口申报。",
        "市民须如实填写。",
    ):
        assert _names(text) == [], text
    text = "市民应继红来电反映噪声扰民。"  # 应 as a surname, no doing after it
    assert at(text, "name", "应继红") in _names(text)


def test_a_dotted_name_after_a_sibling_or_a_spouse_in_running_text():
    for text, piece in (
        ("该户借用其兄吐尔逊·艾买提家中的6头牛应付验收。", "吐尔逊·艾买提"),
        ("在其妻古丽巴哈尔·阿不都热依木户籍所在的乡镇重复申报。", "古丽巴哈尔·阿不都热依木"),
        ("其妹帕提古丽·依明在乌鲁木齐市务工。", "帕提古丽·依明"),
    ):
        assert at(text, "name", piece) in _names(text), text
    # a run that goes on past eight characters with no stop in it is no dotted name
    text = "配偶约翰·米勒持外国人永久居留身份证办理。"
    assert ("name", text.index("约翰"), text.index("持")) in _names(text)


def test_a_village_clinic_named_by_its_doctor_in_a_cell():
    text = (
        "| 序号 | 举报人 | 联系电话 | 被举报对象 | 奖励金额（元） |\n|---|---|---|---|---|\n"
        "| 1 | 庞立新 | 15354376979 | 石门县河口镇蔺春生卫生室 | 500.00 |\n"
        "| 2 | 郝月娥 | 18522623166 | 石门县仁和堂大药房 | 800.00 |\n"
        "| 3 | 单于海 | 18688488116 | 石门县河口镇东风村卫生室 | 300.00 |\n"
        "| 4 | 米秋红 | 18176777072 | 石门县城关镇中心卫生院 | 900.00 |\n"
    )
    got = _names(text)
    assert at(text, "name", "蔺春生") in got  # the doctor's name, the rest plain
    for piece in ("东风村", "中心卫生院", "仁和堂"):
        assert not any(s <= text.index(piece) < e for _k, s, e in got), piece
