"""A validity date after a Taiwan permit's label is no permit number (issue 16)."""

from .spans import at, found


def permits(text):
    return found(text, ["permit"])


def test_dates_after_a_permit_label_are_no_permits():
    for text in (
        "台湾居民来往大陆通行证 20230115 签发",
        "持台胞证，有效期至20290314。",
        "台湾居民来往大陆通行证 有效期 20240101-20290101",
        "证件类型：台胞证｜截至20251231前换发",
        "台胞证 到期日期：20280630",
    ):
        assert permits(text) == [], text


def test_permit_numbers_stay_permits_beside_dates():
    texts = [
        ("台胞证号码：09763521，签发日期：20230115", "09763521"),
        ("台湾居民来往大陆通行证：20230115（申请人本人）", "20230115"),  # no date word
        ("林某（台湾居民来往大陆通行证 07365182，有效期至2029年）", "07365182"),
    ]
    for text, number in texts:
        got = permits(text)
        assert at(text, "permit", number) in got, text
        assert all(text[s:e] == number for _k, s, e in got), text
