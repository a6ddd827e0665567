"""Issue 16, the forty-sixth held-out batch: candidates and written-in owners named with
the votes they received in an election's result ("X，得票403户", "Y 7票")."""

from __future__ import annotations

from .spans import at, found


def _names(text):
    return [text[s:e] for k, s, e in found(text, ["name"])]


def test_losing_candidates_and_written_in_owners_with_their_votes():
    text = (
        "选举结果如下：\n"
        "（三）落选候选人：4. 蒋国平，得票298户；5. 冯秀英，得票数为187票。\n"
        "（四）另选他人得票：郑海涛 6票、韩桂兰4票，邹大勇1票。\n"
    )
    got = found(text, ["name"])
    for piece in ("蒋国平", "冯秀英", "郑海涛", "韩桂兰", "邹大勇"):
        assert at(text, "name", piece) in got, piece


def test_counts_of_votes_and_households_are_no_persons():
    text = (
        "表决结果：同意568票，反对12票，弃权3票，得票率92%。\n"
        "1. 管理规约，得票568户。\n"
        "有效票568票，无效票3票，其中业主868户，廖家5户，李村12户。\n"
    )
    assert _names(text) == []


def test_without_votes_in_the_text_a_count_names_nobody():
    text = "入户走访：\n王家坝7户，张三8户。\n"
    assert "张三" not in _names(text)
