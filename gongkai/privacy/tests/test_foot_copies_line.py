"""The issuer's contact line after a line on the paper's copies (``footcontacts``,
privfix25c): "一式三份，被处罚人、执行单位各一份" under the signature is a foot's line, so the
contact line after it is the organ's; the party's own particulars at the head stay."""

from gongkai.privacy.tests.spans import at, found, rid

_ID = rid("42108119860512301")


def _decision(copies):
    return (
        "洪湖市公安局\n行政处罚决定书\n\n"
        f"违法行为人：邬德胜，男，身份证号{_ID}，住洪湖市新堤街道茶坛路16号，"
        "联系电话0716-2419587。\n"
        "现决定对邬德胜处以罚款五百元。\n\n"
        "洪湖市公安局（印）\n二〇二四年五月八日\n\n"
        f"{copies}\n地址：洪湖市新堤街道宏伟路8号　联系电话：0716-2213110\n"
    )


def test_the_contact_line_after_a_copies_line_is_the_organs():
    for copies in (
        "一式三份，被处罚人、执行单位各一份，一份附卷。",
        "本决定书一式两份，一份交被处罚人。",
    ):
        text = _decision(copies)
        got = found(text)
        assert at(text, "landline", "0716-2213110") not in got, copies
        assert at(text, "address", "洪湖市新堤街道宏伟路8号") not in got, copies
        assert at(text, "landline", "0716-2419587") in got, copies
        assert at(text, "id_card", _ID) in got, copies
