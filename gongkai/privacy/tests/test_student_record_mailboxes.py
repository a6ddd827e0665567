"""A university's mailbox (.edu.cn) with a local part written from a name, in a person's
one-line export record that holds the person's resident ID, is the person's own (a
graduate's), underscores and hyphens in the local part included; an office's box of the
university stays the unit's (unitmail.record_mailbox, privfix24a)."""

from .spans import at, found


def _record(box):
    return (
        '{"xh": 3, "xm": "乌兰图雅", "zjhm": "150102200203154526", "sjhm": "15847126630", '
        f'"dzyx": "{box}", "byyx": "某大学"}}\n'
    )


def test_underscored_local_part_in_a_record_with_an_id():
    text = _record("wulantuya_nm@imu.edu.cn")
    assert at(text, "email", "wulantuya_nm@imu.edu.cn") in found(text, {"email"})


def test_hyphened_local_part_in_a_record_with_an_id():
    text = _record("wulan-tuya@imnu.edu.cn")
    assert at(text, "email", "wulan-tuya@imnu.edu.cn") in found(text, {"email"})


def test_office_box_of_the_university_stays_the_units():
    text = "毕业生就业指导中心　联系电话：0471-4992170　邮箱：jyzx@imu.edu.cn\n"
    assert at(text, "email", "jyzx@imu.edu.cn") not in found(text, {"email"})
