"""A column left of a kinship column holds relatives (``kincolumns``)."""

from __future__ import annotations

from gongkai.privacy import scan_text


def _found(text: str, kind: str) -> list[str]:
    return [f.text for f in scan_text(text, allow=[]) if f.type == kind]


_TSV = (
    "某县敬老院入住登记表\n"
    "序号\t老人姓名\t身份证号\t床位\t送养人\t与老人关系\t送养人电话\n"
    "1\t韩德福\t420102193502110037\t2楼5床\t谯海\t侄子\t13807110011\n"
    "2\t鲁桂香\t420102194007230020\t3楼1床\t乔勇\t儿子\t13807110022\n"
    "3\t方守仁\t420102193811150059\t2楼8床\t马银杏\t儿媳\t13807110033\n"
)


def test_person_left_of_kinship_column_tab():
    names = _found(_TSV, "name")
    assert {"谯海", "乔勇", "马银杏"} <= set(names)


def test_person_left_of_kinship_column_pipe_and_comma():
    staff_head = _TSV.replace("送养人\t与老人关系", "经办人\t与老人关系")
    pipe = staff_head.replace("\t", " | ")
    assert {"谯海", "乔勇", "马银杏"} <= set(_found(pipe, "name"))
    csv = staff_head.replace("\t", ",")
    assert {"谯海", "乔勇", "马银杏"} <= set(_found(csv, "name"))


def test_relation_column_without_kinship_words_leaves_staff():
    text = (
        _TSV.replace("送养人\t与老人关系", "经办人\t与本院关系")
        .replace("侄子", "职工")
        .replace("儿子", "职工")
        .replace("儿媳", "职工")
    )
    names = _found(text, "name")
    assert "谯海" not in names and "马银杏" not in names and "乔勇" not in names


def test_kinship_beside_a_staff_head_makes_relatives():
    text = _TSV.replace("送养人\t与老人关系", "经办人\t与老人关系")
    assert {"谯海", "乔勇", "马银杏"} <= set(_found(text, "name"))


def test_datum_head_left_of_relation_is_no_person():
    text = (
        "序号\t姓名\t联系电话\t与户主关系\n"
        "1\t宋文涛\t13807110044\t儿子\n"
        "2\t宋丽娟\t13807110055\t女儿\n"
    )
    assert set(_found(text, "name")) == {"宋文涛", "宋丽娟"}
