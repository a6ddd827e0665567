"""A column left of a kinship column holds relatives; a site's grid place is no address
(``kincolumns``)."""

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


_GRID_TSV = (
    "序号\t姓名\t身份证号\t存放位置\t家庭住址\n"
    "1\t龚玉梅\t320102198001020026\tB区14排11号\t江宁区秣陵街道将军大道88号\n"
    "2\t严志刚\t320102197512300031\tA区2列5位\t柏各庄镇青坨营村中街2排6号\n"
)


def test_grid_place_is_no_address_but_village_row_number_is():
    addresses = _found(_GRID_TSV, "address")
    assert "B区14排11号" not in addresses and "A区2列5位" not in addresses
    assert "柏各庄镇青坨营村中街2排6号" in addresses


def test_building_flat_stays_an_address():
    text = "序号\t姓名\t住址\n1\t龚玉梅\t2栋3单元202室\n2\t严志刚\t5栋1单元501室\n"
    assert _found(text, "address") == ["2栋3单元202室", "5栋1单元501室"]
