"""A person's label line right before its record's sex line names the person whatever
the surname (issue 16, privfix25b, ``sexedrecords``); a word under the label (本人), a
staff's label and a label line with no sex after it add nothing."""

from .spans import at, found

RECORDS = (
    "【记录 1】\n被保险人：后长松\n性别：男\n证件号码：130529197403152513\n"
    "【记录 2】\n姓名：種秀芬\n性别：女\n"
    "【记录 3】\n申请人：本人\n性别：男\n"
    "【记录 4】\n经办人：后德明\n性别：男\n"
    "【记录 5】\n被保险人：后玉海\n民族：汉族\n"
)


def test_names_before_the_sex_line():
    got = found(RECORDS, ["name"])
    assert at(RECORDS, "name", "后长松") in got
    assert at(RECORDS, "name", "種秀芬") in got
    assert not any(RECORDS[s:e] in ("本人", "后德明", "后玉海") for _k, s, e in got)
