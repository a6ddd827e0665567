"""A party's own number in a case record under a reply's signature and date (footers,
privfix22d): "（来电人X，来电号码0531-…）" stays the caller's; a bare contact line there
stays the office's. A home's number noted "（家中）" and given again by a second caller
(homephones) stays the home's."""

from .spans import at, found

_HEAD = (
    "来电人：柏秋燕\n"
    "联系号码：13912345670、0531-86213347（家中）\n"
    "答复意见：经核查，已责令驾驶员退还车费。\n\n"
    "某区交通运输局\n"
    "2026年3月20日\n\n"
)


def test_callers_number_under_the_signature_stays():
    text = _HEAD + "关联工单：（来电人柏文斌，来电号码0531-86213347，反映同一事项，已合并办理）。\n"
    got = found(text, {"landline"})
    assert got == [
        at(text, "landline", "0531-86213347"),
        at(text, "landline", "0531-86213347", 100),
    ]


def test_bare_contact_line_under_the_signature_is_the_offices():
    text = _HEAD.replace("（家中）", "") + "联系电话：0531-86210000\n"
    assert at(text, "landline", "0531-86210000") not in found(text, {"landline"})
