"""Religious offices (阿訇, 管事, 住持) in a register's column and words of coming and
staying (来华, 居留, 定居) after a kinship word or at a wrapped line's start are no names."""

from .spans import at, found, rid


def test_religious_offices_beside_the_id_are_no_names():
    text = (
        " 序号  姓名      性别  宗教      教职        公民身份号码\n"
        f" 1     马永福    男    伊斯兰教  阿訇        {rid('64222119700305001')}\n"
        f" 2     刀玉香    女    南传佛教  管事        {rid('53310219750812002')}\n"
        f" 3     释净明    男    汉传佛教  住持        {rid('53310319680101003')}\n"
    )
    got = {text[s:e] for _, s, e in found(text, ["name"])}
    assert {"马永福", "刀玉香", "释净明"} <= got
    assert got.isdisjoint({"阿訇", "管事", "住持"})


def test_coming_and_staying_words_after_kin_or_a_wrap():
    text = (
        "标题：外籍儿媳来华定居需要哪些材料？\n"
        "留言人：韦丽芬\n"
        "你持有泰国护照，已取得泰国永久\n居留，系华侨。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "韦丽芬") in got
    assert {text[s:e] for _, s, e in got} == {"韦丽芬"}
