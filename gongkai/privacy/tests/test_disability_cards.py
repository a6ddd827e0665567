"""The holder's ID heading a disability card's number (``disabilitycards``, issue 16).

The second-generation 残疾人证 number is the holder's resident ID followed by the category
(1–7) and the grade (1–4) of the disability; the ID is personal data wherever it is printed
(RULES.md §4). The two digits after it stay unmarked.
"""

from gongkai.privacy.disabilitycards import disability_cards

from .spans import at, found

ID_A = "411522196812034426"
ID_B = "522426197903110026"
ID_C = "130828195504071518"
ID_D = "621021198809302826"


def test_pipe_table_column_of_card_numbers():
    text = (
        "| 序号 | 乡镇 | 姓名 | 残疾人证号 | 补贴类别 | 金额（元） |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        f"| 1 | 城关镇 | 郑春兰 | {ID_A}41 | 护理补贴 | 90 |\n"
        f"| 2 | 城关镇 | 何大勇 | {ID_B}23 | 生活补贴 | 80 |\n"
    )
    ids = found(text, ["id_card"])
    assert ids == [at(text, "id_card", ID_A), at(text, "id_card", ID_B)]


def test_quoted_csv_with_a_lower_case_x_and_prose_in_brackets():
    body = "34122119391108300"
    x_id = body + "x"
    text = (
        '"登记号","姓名","残疾证号","类别/等级"\n'
        f'"FJ-2024-007","欧阳桂珍","{x_id}12","视力/二级"\n'
        "\n经查，你作为重度残疾人的代领人（残疾人证号"
        f"{ID_C}74），多领取护理补贴1200元。\n"
    )
    ids = found(text, ["id_card"])
    assert at(text, "id_card", ID_C) in ids
    assert at(text, "id_card", x_id) in ids


def test_only_the_category_and_grade_digits_after_a_valid_id():
    text = "残疾人两项补贴发放账户核对（附残疾人证复印件）\n"
    text += f"发放账户：{ID_D}58\n"  # 5 智力 but grade 8: no grade, no card
    text += f"财政专户：{ID_D}90\n"  # category 9: none
    text += f"流水号：{ID_A}412\n"  # 21 digits: no card
    bad = ID_B[:17] + ("1" if ID_B[17] != "1" else "2")
    text += f"证号：{bad}11\n"  # the check character wrong: no ID
    assert disability_cards(text) == []


def test_no_card_read_where_the_text_does_not_name_the_card():
    text = f"业务流水号：{ID_A}41\n付款凭证号：{ID_C}12\n"
    assert disability_cards(text) == []
    assert found(text, ["id_card"]) == []
    # about disability, but no card named: a subsidy's payment batch numbers
    text = f"残疾人两项补贴资金拨付\n拨付批次号：{ID_A}41\n"
    assert disability_cards(text) == []


def test_the_card_pass_gives_only_the_ids_span():
    text = f"残疾人证：{ID_A}41，护理补贴每月90元。"
    s = text.index(ID_A)
    assert disability_cards(text) == [(s, s + 18, "id_card", 0.95)]
