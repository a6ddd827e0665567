"""An ID behind one capital letter (全国学籍号 G + the pupil's ID), and a Taiwan
resident's permit under 证件号码 in a table that never names the document (issue 16)."""

from .spans import at, found


def test_id_after_one_letter_is_the_id_letter_left_out():
    texts = [
        "学生姓名,全国学籍号,年级\n某某,G440306201209150032,三年级\n",
        "学籍号：G320584199003071235。\n",
        '{"xjh": "J110105198504125675", "xm": "某某"}\n',
        "序号  姓名    学籍号                 班级\n1     某某    G44030620120915003X2  一班\n",
    ]
    for text in texts[:3]:
        ids = found(text, ["id_card"])
        value = next(
            w
            for w in ("440306201209150032", "320584199003071235", "110105198504125675")
            if w in text
        )
        assert ids == [at(text, "id_card", value)], text
    # nineteen characters after the letter: no ID's shape
    assert found(texts[3], ["id_card"]) == []


def test_lettered_codes_that_are_no_id():
    texts = [
        "全国学籍号：G320584199003071230（校验位不符）\n",  # a wrong check character
        "临时学籍号：L201706219785\n",  # a temporary number: a date and a serial
        "订单号AB320584199003071235\n",  # two letters: another code's prefix
        "编码 7G320584199003071235\n",  # a digit before the letter: one longer code
        "学籍号示例：G320584199003071235\n",  # a form's sample
    ]
    for text in texts:
        assert found(text, ["id_card"]) == [], text


def test_taiwan_row_under_document_column_without_the_documents_name():
    aligned = (
        " 序号  申请人                证件号码              联系电话\n"
        " 1     某某                  320584199003071235    13912345678\n"
        " 2     某甲（台湾居民）      05512873              13812345678\n"
    )
    tabbed = "序号\t姓名\t证件号码\t案由\n1\t某乙\t0961834701\t合同纠纷（台湾居民）\n"
    assert found(aligned, ["permit"]) == [at(aligned, "permit", "05512873")]
    assert found(tabbed, ["permit"]) == [at(tabbed, "permit", "0961834701")]


def test_eight_digits_without_taiwan_in_the_row_stay_plain():
    texts = [
        # Taiwan named in the text, not in the number's row
        "序号\t姓名\t证件号码\t备注\n1\t某某\t20261101\t无\n注：台湾居民另行登记。\n",
        # a column of another number beside a Taiwan row
        "序号\t受理编号\t申请人\n1\t20261101\t某某（台湾居民）\n",
    ]
    for text in texts:
        assert found(text, ["permit"]) == [], text
