"""Issue 16 (privfix27b): a head's post, the head's name and a landline alone in a bracket
("城关司法所所长X（0731-…）") give the office's line, not the head's own.
Near misses: a mobile in the same place stays (the cadre's own), a person with no post
before the name keeps a landline in a bracket.
"""

from __future__ import annotations

from .spans import at, found


def test_a_heads_office_line():
    text = (
        "各司法所负责人：城关司法所所长黄立群（0731-83312345），白沙司法所副所长刘春燕"
        "（0731-83312346），河西司法所所长周正（13807311234）。\n"
    )
    got = found(text, ("landline", "mobile"))
    assert at(text, "landline", "0731-83312345") not in got
    assert at(text, "landline", "0731-83312346") not in got
    assert at(text, "mobile", "13807311234") in got


def test_a_persons_line_in_a_bracket():
    text = "申请人黄立群（0731-83312345）于2024年3月提出申请，其子刘春生（0731-83312346）陪同。\n"
    got = found(text, ("landline",))
    assert at(text, "landline", "0731-83312345") in got
    assert at(text, "landline", "0731-83312346") in got
