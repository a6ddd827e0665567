"""A form's sample number is no person's (issue 16).

Service guides print a sample ID to show its format ("示例证件号：…（样例，仅供格式
参考）"): its label or its note says it is a sample. A person's ID beside such words in
another field stays an ID.
"""

from .spans import at, found, rid


def ids(text):
    return found(text, ["id_card"])


def test_samples_by_label_or_note_are_left_alone():
    good = rid("11010119900307123")
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    texts = [
        f"办理须知：持申领人身份证办理。示例证件号：{bad}（样例，仅供格式参考）",
        f"身份证号码填写样例：{good}",
        f"公民身份号码：{good}（示例）",
        f"证件号码 {bad}(仅供参考格式，请填写本人号码)",
        f"填表范例　身份证号：{good}",
    ]
    for text in texts:
        assert ids(text) == [], text


def test_ids_beside_sample_words_elsewhere_stay_ids():
    good = rid("43112419860205350")
    texts = [
        f"申请人王某，身份证号{good}，已按示例填写申请表。",
        f"身份证号：{good}（复印件已核验）",
    ]
    for text in texts:
        assert ids(text) == [at(text, "id_card", good)], text
