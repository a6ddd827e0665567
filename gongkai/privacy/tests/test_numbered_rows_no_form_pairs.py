"""A numbered table row flattened to tabs is no form's label-value pairs (issue 16): in
"3\\t申请人\\t…\\t本人\\t本人\\t糖尿病" the cell 本人 (the patient is the applicant himself) is a
value, not a person's label, so the cell after it (a disease, a ward) is no name. A form's
rows, which open with a label, keep their pairs."""

from .spans import at, found

TABLE = (
    "序号\t申请人\t身份证号\t就诊人\t关系\t病种\t医院\t联系电话\n"
    "1\t韦振国\t452723198206141218\t本人\t本人\t高血压\t县人民医院\t13877834409\n"
    "2．\t蓝秀兰\t452723197911282326\t本人\t本人\t石淋症\t市中医院\t18977816620\n"
)

SPACED = (
    "编号\t户主\t身份证号码\t患者\t与户主关系\t疾病\t就诊医院\t电话\n"
    "3、\t覃志勇\t452723196805113317\t本人\t本人\t高风险\t县人民医院\t0778-2213456\n"
    "4、\t莫玉华\t452723197106254428\t本人\t本人\t夏季热\t县中医院\t0778-2213467\n"
)

FORM = "申请人\t韦丽娟\t性别\t女\n身份证号码\t452723199003152343\n代办人\t蓝德高\t关系\t丈夫\n"


def test_cells_after_a_self_cell_in_numbered_rows_are_no_names():
    for text, words in ((TABLE, ("高血压", "石淋症")), (SPACED, ("高风险", "夏季热"))):
        values = {text[s:e] for _k, s, e in found(text, ["name"])}
        assert not values & set(words), values


def test_the_persons_of_the_rows_and_of_a_form_are_found():
    got = found(TABLE, ["name"])
    assert at(TABLE, "name", "韦振国") in got and at(TABLE, "name", "蓝秀兰") in got
    got = found(FORM, ["name"])
    assert at(FORM, "name", "韦丽娟") in got and at(FORM, "name", "蓝德高") in got
