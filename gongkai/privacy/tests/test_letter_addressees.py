"""Addressees of reply letters and deputies or members named by their mandate (issue 16)."""

from gongkai.privacy.tests.spans import found, names


def _names(text):
    return found(text, ["name"])


def test_deputies_in_a_salutation_line():
    text = (
        "关于第17号建议的答复\n\n"
        "邵明辉代表、欧阳丽代表、甘小蕾代表：\n"
        "    你们提出的关于修缮村道的建议收悉，现答复如下。\n"
    )
    assert names(text, "邵明辉", "欧阳丽", "甘小蕾") == [
        s for s in _names(text) if s[1] < text.index("你们")
    ]


def test_members_in_a_salutation_and_cosigners_in_brackets():
    text = (
        "政协委员提案答复\n\n"
        "滕晓波委员，谷雨委员：\n"
        "    （联名提案委员：柯立平、严冬梅、阿卜杜拉·买买提）\n"
        "    你们提出的提案收悉。\n"
    )
    got = _names(text)
    for span in names(text, "滕晓波", "谷雨", "柯立平", "严冬梅", "阿卜杜拉·买买提"):
        assert span in got


def test_lead_and_cosigning_deputies_after_their_role():
    text = "你们提出的建议（第8号，领衔代表覃宏伟，附议代表卢敏、范家宝）收悉。"
    got = _names(text)
    for span in names(text, "覃宏伟", "卢敏", "范家宝"):
        assert span in got
    text = "附议委员：龙雪梅、蒋海波\n承办单位：县交通运输局\n"
    got = _names(text)
    for span in names(text, "龙雪梅", "蒋海波"):
        assert span in got
    assert _names("提案委员会：\n    经研究，现将办理情况报告如下。\n") == []


def test_deputy_named_with_the_mandate_in_prose():
    text = "我局邀请吕长青代表、尹秋菊代表到现场座谈，并与石建军委员进行面商。"
    got = _names(text)
    for span in names(text, "吕长青", "尹秋菊", "石建军"):
        assert span in got


def test_bare_addressee_of_a_letter_spoken_to():
    text = "县信访局告知书\n第0041号\n\n骆国梁：\n    你于2026年3月2日来信反映的事项已受理。\n"
    assert names(text, "骆国梁")[0] in _names(text)
    text = "尊敬的蒯文静女士：\n    您的申请已收到。\n"
    assert names(text, "蒯文静")[0] in _names(text)


def test_groups_posts_and_labels_left_alone():
    for text in (
        "各位代表、全体委员：\n    你们好！\n",
        "应选代表2名，正式代表候选人3名：\n",
        "来信内容：\n    您好，我想反映小区停车问题。\n",
        "县人民政府：\n    你单位报送的材料收悉。\n",
        "本次会议由宣传委员主持，组织委员、纪检委员出席。",
        "办理过程中，县人大代表、政协委员到现场视察。",
        "申请人：\n    你单位所称情况属实。\n",
    ):
        assert _names(text) == [], text


def test_party_column_and_handling_clerk_of_a_case_register():
    text = (
        "案号,类别,申请人/原告,性别,被申请人/被告,结果,承办人\n"
        "复〔2026〕3号,行政复议,韩立新,男,县自然资源局,维持,杜文斌\n"
        "复〔2026〕7号,行政诉讼,谷雨,女,县住房和城乡建设局,驳回,杜文斌\n"
        "复〔2026〕9号,行政复议,欧阳海,男,城关镇人民政府,撤销,祁红梅\n"
    )
    assert _names(text) == names(text, "韩立新", "谷雨", "欧阳海")


def test_rare_surname_addressed_with_a_form_of_address():
    text = "依申请公开答复书\n第0019号\n\n郗婉清女士：\n    本机关收到您的申请。\n"
    assert _names(text) == names(text, "郗婉清")


def test_cosigners_cell_with_a_one_character_part_after_the_dot():
    text = (
        "编号\t标题\t领衔人\t附议人\t主办单位\n"
        "第5号\t关于增设路灯的建议\t黄德胜\t穆萨·马、钟晓燕、乔立伟\t县城市管理局\n"
        "第9号\t关于修缮桥梁的建议\t邓丽华\t符国强、蒋海涛\t县交通运输局\n"
    )
    got = _names(text)
    for span in names(text, "黄德胜", "穆萨·马", "钟晓燕", "乔立伟", "邓丽华", "符国强", "蒋海涛"):
        assert span in got
    assert all(text[s:e] not in ("县城市管理局", "县交通运输局") for _k, s, e in got)


def test_signer_column_of_a_posting_register():
    text = (
        "| 序号 | 文号 | 收件人 | 签收情况 | 签收人 |\n|---|---|---|---|---|\n"
        "| 1 | 第1号 | 王建华 | 8月6日妥投 | 本人 |\n"
        "| 2 | 第2号 | 李红梅 | 9月28日妥投 | 门卫代收 |\n"
        "| 3 | 第3号 | 张小兵 | 9月2日妥投 | 门卫东 |\n"
    )
    assert _names(text) == names(text, "王建华", "李红梅", "张小兵", "门卫东")
