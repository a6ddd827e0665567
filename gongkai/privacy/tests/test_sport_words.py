"""A sport's name is no person's name (``disciplines``, issue 16, docs148): under a key read
as a name's, in a pipe table, in prose before a bracket; a person beside it is kept."""

from gongkai.privacy.disciplines import sport_words

from .spans import at, found


def _names(text):
    return sorted(found(text, ["name"]))


def test_sport_under_a_name_key_in_xml():
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rows>\n'
        "  <row><xm>韩立秋</xm><xm_xm>柔道</xm_xm></row>\n"
        "  <row><xm>贝思远</xm><xm_xm>游泳</xm_xm></row>\n</rows>\n"
    )
    assert _names(text) == sorted([at(text, "name", "韩立秋"), at(text, "name", "贝思远")])


def test_sport_in_prose_before_a_bracket():
    text = "当事人韩立秋于2021年取得的田径（男子跳高）二级运动员技术等级称号被撤销。\n"
    assert _names(text) == [at(text, "name", "韩立秋")]


def test_a_name_holding_a_sport_word_is_kept():
    text = "| 序号 | 姓名 | 项目 |\n|---|---|---|\n| 1 | 马术成 | 马术 |\n| 2 | 田径文 | 田径 |\n"
    assert _names(text) == sorted([at(text, "name", "马术成"), at(text, "name", "田径文")])


def test_a_rare_name_after_a_label_is_kept():
    text = "发件人：游泳 <yy@example.cn>\n项目：\n游泳\n"
    cands = [(4, 6, "name", 1.0), (text.rindex("游泳"), len(text) - 1, "name", 1.0)]
    assert sport_words(text, cands) == cands[:1]
