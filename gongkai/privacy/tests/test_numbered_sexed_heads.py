"""A numbered record opened by its person's name and then the person's sex as a label
(issue 16, docs87: an HTML card list <dt>1．X</dt><dd>性别：女…</dd>): the name is a
person's, on the same line or the line before the 性别 label; a numbered heading that
is no name, or a name-shaped word not before a sex label, stays clean."""

from gongkai.privacy import scan_html

from .spans import at, found


def test_plain_text_heads_on_the_same_line_and_the_line_before():
    text = (
        "拟认定人选：\n"
        "1．韩立秋：性别：女　出生年月：1965年8月\n家庭住址：石门村13组47号\n\n"
        "2. 欧阳子涵　性别：男　政治面貌：群众\n\n"
        "三、贝思远\n性别：女\n联系电话：7784648\n"
    )
    got = found(text, ["name"])
    for piece in ("韩立秋", "欧阳子涵", "贝思远"):
        assert at(text, "name", piece) in got


def test_html_card_list():
    html = (
        "<dl><dt>1．祁晓岚</dt><dd>性别：女　出生年月：1985年11月</dd>"
        "<dd>家庭住址：漳江镇石牛村11组50号</dd></dl>"
        "<dl><dt>2．孟凡英</dt><dd>性别：男</dd></dl>"
    )
    got = {html[f.start : f.end] for f in scan_html(html, allow=[], expressions=False)}
    assert {"祁晓岚", "孟凡英"} <= got


def test_headings_that_are_no_names_stay_clean():
    text = "1．基本情况：性别：不限\n2．报名条件\n性别：男女不限\n"
    values = {text[s:e] for _k, s, e in found(text, ["name"])}
    assert not values & {"基本情况", "报名条件"}
