"""The last line of a list of names written several to a line, holding one name or two
(issue 16)."""

from .spans import found, missing_names


def _names(text):
    return [text[s:e] for kind, s, e in found(text) if kind == "name"]


def test_the_wrapped_last_line_of_a_spaced_list():
    text = (
        "　　县第二律师事务所（7人）：\n"
        "孔德明　　许佳慧　　蔡文杰　　邵丽红　　施建国　　袁小兰\n"
        "柯振邦\n"
        "\n"
        "　　县第三律师事务所（8人）：\n"
        "孟庆丰 阎淑珍 钱晓东 汤丽娜 尹志强 杜红梅\n"
        "裴文华 贝振华\n"
    )
    assert missing_names(text, "柯振邦", "裴文华", "贝振华") == []


def test_a_heading_or_a_sentence_under_a_list_is_no_name():
    text = (
        "孔德明　　许佳慧　　蔡文杰　　邵丽红　　施建国　　袁小兰\n"
        "考核结果\n"
        "孟庆丰 阎淑珍 钱晓东 汤丽娜 尹志强 杜红梅\n"
        "城关镇　白水镇\n"
        "孔德明　　许佳慧　　蔡文杰\n"
        "以上人员考核合格。\n"
        "施建国　　袁小兰　　柯振邦\n"
        "\n"
        "柯振华\n"
    )
    got = _names(text)
    for word in ("考核结果", "城关镇", "白水镇", "以上人员"):
        assert word not in got
    assert "柯振华" not in got  # after a blank line: no longer the list
