"""A resident ID's shape given as a sample ("例：…", "如：…"): a format's example, no one's
(scanner, ``sample``)."""

from .spans import at, found

LINE = "三、编号（勿与身份证号混淆）\n3. 预约号为18位数字，例：510722202603150027，前六位为窗口代码。\n"
BRACKET = "（受理单号共18位，如：431021202611050030）\n"
# a person's ID after her name and its label stays a finding; so does a sample under an
# ID's own label (test_example_after_label)
LABELLED = "申请人身份证号码（如431021198803150029）须与户口簿一致。\n"
NEAR = "申请人：甘霖，公民身份号码：510722198803150021，现住石门乡。\n"


def test_sample_after_li():
    assert found(LINE, ["id_card"]) == []


def test_sample_after_ru():
    assert found(BRACKET, ["id_card"]) == []


def test_a_persons_id_is_kept():
    assert found(NEAR, ["id_card"]) == [at(NEAR, "id_card", "510722198803150021")]


def test_a_sample_under_an_id_label_is_kept():
    assert found(LABELLED, ["id_card"]) == [at(LABELLED, "id_card", "431021198803150029")]
