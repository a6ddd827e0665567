"""Donor lists with a sentence after them, one-cell records of pupils and guardians,
citizens noted in brackets, changes of an organisation's representative, addresses
after a verb of sending (issue 16)."""

import pytest

from gongkai.privacy.tests.spans import at, found, missing_names, names

# --- a list of names whose line goes on with a sentence ---------------------------------


@pytest.mark.parametrize(
    "line, persons",
    [
        (
            "认捐300元：付建业、沈丽华、文静、邬长林、高山、谷秋菊；另有一位退休职工委托其女代捐300元。",
            ("付建业", "沈丽华", "文静", "邬长林", "高山", "谷秋菊"),
        ),
        (
            "三等奖（5名）：郝文涛、龙小婷、钟浩然、夏雨、蒋光明。以上获奖者的奖金由工会统一发放。",
            ("郝文涛", "龙小婷", "钟浩然", "夏雨", "蒋光明"),
        ),
        (
            "捐款100元：秦立新、杭玉兰、江河、鲍世杰; 其余小额捐款人员名单在公众号另行公布",
            ("秦立新", "杭玉兰", "江河", "鲍世杰"),
        ),
    ],
)
def test_list_before_a_sentence_on_its_line(line, persons):
    # word-like names (文静, 高山, 江河) count only in a list: the sentence after it on
    # its line must not make the line prose
    text = f"现将爱心捐款名单公布如下：\n\n{line}\n"
    assert missing_names(text, *persons) == []


def test_sentence_after_a_short_run_is_no_list():
    # two words and a sentence: no list of three, nothing read as names
    text = "会议由城关镇、柳林镇承办；另有县农业农村局派员参加指导工作。\n"
    assert found(text, ["name"]) == []


def test_list_cut_keeps_units_out():
    text = "单位捐款：城关镇人民政府、县人民医院、县第一中学；另有个体工商户代表送来慰问品若干。\n"
    assert found(text, ["name"]) == []


# --- a table one cell a line: numbered records with guardians ---------------------------


def _onecell(rows):
    head = "序号\n受助儿童\n性别\n家庭类别\n监护人\n联系电话\n"
    body = "".join(
        f"{k}\n{child}\n{sex}\n{kind}\n{guardian}\n{phone}\n"
        for k, (child, sex, kind, guardian, phone) in enumerate(rows, 1)
    )
    return "2026年春蕾计划拟资助名单\n\n" + head + body + "\n县妇联\n"


def test_onecell_records_with_a_person_word_cell_and_rare_surnames():
    rows = [
        ("雒佳怡", "女", "单亲家庭", "雒永红（父）", "13919381234"),
        ("妥晓燕", "女", "低保户", "妥建平（父）", "0938-8512001"),
        ("脱明轩", "男", "特困户", "脱桂英（祖母）", "15193811234"),
        ("巨思雨", "女", "残疾人家庭", "巨有才（父）", "8526012"),
    ]
    text = _onecell(rows)
    persons = [p for child, _s, _k, g, _p in rows for p in (child, g.split("（")[0])]
    assert missing_names(text, *persons) == []
    # the family kinds are no persons
    got = {text[s:e] for _k, s, e in found(text, ["name"])}
    assert not {"低保户", "特困户", "单亲家庭", "残疾人家庭"} & got


def test_rare_surnames_do_not_open_words():
    text = "村里的脱贫攻坚工作扎实推进，巨大变化有目共睹，虎头山景区妥善安排游客。\n"
    assert found(text, ["name"]) == []


# --- a citizen noted in brackets ---------------------------------------------------------


@pytest.mark.parametrize("note", ["退伍军人", "养殖户", "乡村医生", "志愿者", "退役军人"])
def test_citizen_note_names_its_person(note):
    text = f"2. 东岭水库\n   义务巡查员：魏长海（{note}），联系电话：13907551234\n"
    assert found(text, ["name"])[:1] == [at(text, "name", "魏长海")]


@pytest.mark.parametrize(
    "note",
    ["县退役军人事务局副局长", "县志愿者协会会长", "县养殖户合作社理事", "乡村医生服务站站长"],
)
def test_body_named_after_citizens_is_no_citizen_note(note):
    text = f"   对接人员：魏长海（{note}），联系电话：0755-81234567\n"
    assert found(text, ["name"]) == []


# --- a change of an organisation's representative ---------------------------------------


def test_change_before_and_after_on_the_item_line():
    text = (
        "二、变更登记\n\n"
        "3. 县摄影家协会\n"
        "   变更事项：法定代表人\n"
        "   变更前：尚文斌　变更后：窦丽君\n"
        "4. 县老年大学教育促进会\n"
        "   法定代表人变更前：冉国庆；变更后：班晓梅\n"
        "5. 县义工服务社负责人由蒲志强变更为柏雪芳。\n"
    )
    assert found(text, ["name"]) == names(
        text, "尚文斌", "窦丽君", "冉国庆", "班晓梅", "蒲志强", "柏雪芳"
    )


def test_change_of_seat_name_or_company_representative_is_left_alone():
    text = (
        "1. 县书画研究会\n"
        "   变更事项：住所、名称\n"
        "   住所变更前：城关镇北街18号；变更后：城关镇南街6号\n"
        "   名称变更前：县书画院　变更后：县书画研究会\n"
        "2. 某某建材有限公司\n"
        "   变更事项：法定代表人\n"
        "   变更前：马德胜　变更后：韩志刚\n"
        "3. 变更前：徐文华　变更后：龚立新（变更的是联系人，未写变更事项）\n"
    )
    assert found(text, ["name"]) == []


def test_private_organisation_register_keeps_its_representative():
    text = (
        "根据《民办非企业单位登记管理暂行条例》，准予下列单位成立登记。\n\n"
        "1. 县阳光康复中心\n"
        "   住所：县城关镇滨河路9号\n"
        "   法定代表人：郑佩琳\n"
    )
    assert at(text, "name", "郑佩琳") in found(text, ["name"])


# --- an address after a verb of sending or moving -----------------------------------------


@pytest.mark.parametrize(
    "sentence, address",
    [
        ("荣誉证书已按本人要求寄往城关镇滨河路12号4幢502室。", "城关镇滨河路12号4幢502室"),
        ("其户口于2025年迁至柳林镇东街37号，现随母生活。", "柳林镇东街37号"),
        ("慰问品由志愿者送到石岭镇石岭村一社8号。", "石岭镇石岭村一社8号"),
    ],
)
def test_address_after_a_verb_of_sending_starts_at_its_place(sentence, address):
    assert at(sentence, "address", address) in found(sentence, ["address"])
