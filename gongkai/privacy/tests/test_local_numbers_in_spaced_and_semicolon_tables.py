"""Landlines without an area code in tables typed with full-width spaces or saved as
semicolon CSV (issue 16, docs28/29 classes): the phone column tells them; a column of
other numbers (档案号, 档案编号) does not."""

from .spans import at, found


def _landlines(text):
    return found(text, ["landline"])


def test_fullwidth_spaced_table_with_an_empty_note_cell():
    text = (
        "青石村2026年留守老人家庭名册\n\n"
        "编号　　村组　　　户主　　　家庭电话　　　　手机　　　　　　备注\n"
        "1　　一组　　　刘桂兰　　6235518　　　13907461234　　独居\n"
        "2　　二组　　　王大春　　0746-6235520　　13907465678\n"
        "3　　三组　　　陈立新　　6238871　　　15873601122\n"
    )
    assert _landlines(text) == [
        at(text, "landline", "6235518"),
        at(text, "landline", "0746-6235520"),
        at(text, "landline", "6238871"),
    ]


def test_fullwidth_spaced_table_phone_in_the_last_column():
    text = (
        "组别　　户长　　　住址　　　　　　　　　　　　联系电话\n"
        "1组　　王大春　　　青石镇柳树湾村1组3号　　　　6235518\n"
        "2组　　李秀英　　　青石镇柳树湾村2组16号　　　13907465678\n"
    )
    assert _landlines(text) == [at(text, "landline", "6235518")]


def test_semicolon_csv_phone_column():
    text = (
        "序号;姓名;性别;所在村;手机;住宅电话;备注\n"
        "1;刘桂兰;女;柳树湾村;13907461234;6235518;\n"
        "2;王大春;男;新塘村;13907465678;(0746)6235520;优秀\n"
    )
    assert _landlines(text) == [
        at(text, "landline", "6235518"),
        at(text, "landline", "(0746)6235520"),
    ]


def test_columns_of_other_numbers_stay_unmarked():
    spaced = "编号　　户主　　　人口　　　档案号\n1　　王大春　　　4人　　　6235518\n2　　李秀英　　　3人　　　6235519\n"
    semicolon = "序号;姓名;性别;档案编号;备注\n1;刘桂兰;女;6235518;\n2;王大春;男;6235520;\n"
    assert _landlines(spaced) == []
    assert _landlines(semicolon) == []
