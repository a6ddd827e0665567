"""The inspectors named under their post's label (``inspectorlabels``, privfix25c): in
office, not marked; the company's wage administrator and a party before them keep theirs
(the administrator's mobile in brackets on the unit's contact line is still missed: left)."""

from gongkai.privacy.tests.spans import at, found


def test_inspectors_after_their_post_are_in_office():
    text = (
        "一、投诉人：贺庆丰，电话13845217736。\n"
        "二、联系方式：劳资专管员：宫晓梅（13946521807）；劳动保障监察员：栾德山、宫立新；"
        "监督电话：0452-6612345。\n"
        "执法人员：鞠长海　司马文涛\n"
    )
    got = found(text)
    for officer in ("栾德山", "宫立新", "鞠长海", "司马文涛"):
        assert at(text, "name", officer) not in got, officer
    assert at(text, "name", "贺庆丰") in got
    assert at(text, "name", "宫晓梅") in got
