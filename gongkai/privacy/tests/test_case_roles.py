"""Accomplices and the office's agents in a case's sentences (issue 16, privfix17d:
``caseroles``).

Invented cases, none from the held-out documents: the persons after 伙同 are private persons
(a rarer surname too when the name is closed by its bracket), found again where named later;
the persons 由 introduces before 送达 or 承办 act in office and are not found.
"""

import pytest

from .spans import found, names

CASES = [
    (
        "二、韦桂芳，女，住青峪县石桥镇。房屋（与蒙海燕共有，共有人身份证号430528197201266168）。",
        ["韦桂芳", "蒙海燕"],
    ),
    ("该房屋与村集体共有，与他人共有。", []),
    (
        "经查，当事人覃大勇伙同仉小军（另案处理）在禁捕水域捕捞。证据：2.仉小军询问笔录1份。",
        ["覃大勇", "仉小军", "仉小军"],
    ),
    (
        "当事人：韩海涛。经查，韩海涛伙同邓建、苏明亮驾驶渔船非法捕捞。",
        ["韩海涛", "韩海涛", "邓建", "苏明亮"],
    ),
    ("本决定书于2024年7月2日由冯立新、鲁建华直接送达，当事人覃大勇本人签收。", ["覃大勇"]),
    ("本案由执法大队冯立新、鲁建华承办。当事人：覃大勇，男。", ["覃大勇"]),
    ("当事人：王大海。经查，当事人王大海伙同他人在禁渔区捕捞。", ["王大海", "王大海"]),
]


@pytest.mark.parametrize("text,pieces", CASES)
def test_case_roles(text, pieces):
    assert found(text, ["name"]) == names(text, *pieces)
