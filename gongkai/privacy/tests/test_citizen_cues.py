"""Issue 16: words for persons who act as citizens, not in office, right before their
names in a notice's prose — the members of a hearing (县人大代表X（教师）, 政协委员X,
群众代表X, 村民代表X), a proxy (（受托人X）), the keeper of an individual business
(经营者X本人), a relative abroad's contact (其外甥X), a candidate who withdrew (原拟聘
人员X放弃). The next names of the list follow. Near misses: the same words before
verbs, meetings and common words; "分别" after a two-character name is no part of it;
"N人就X号…" names the persons, not the start of the address.
"""

from __future__ import annotations

from .spans import at, found, names


def test_hearing_members_named_after_their_standing():
    text = (
        "三、听证员\n"
        "　　县人大代表韦秀梅（县第二中学教师）、县政协委员莫振华（东江律师事务所律师）、"
        "群众代表覃令山（石门村老党员）、黎永红（镇人民调解委员会调解员）。\n"
        "　　主持人：县信访局副局长王立新。\n"
    )
    assert found(text, ("name",)) == names(text, "韦秀梅", "莫振华", "覃令山", "黎永红")


def test_a_note_closes_a_name_of_rarer_characters_after_a_cue():
    text = "村民代表孔令山（西付集村老党员）、高德明（调解员）参加了听证。\n"
    assert found(text, ("name",)) == names(text, "孔令山", "高德明")
    for text in ("村民代表大会（扩大）决定。\n", "居民代表会议（第三次）召开。\n"):
        assert found(text, ("name",)) == [], text


def test_a_proxy_a_keeper_a_nephew_and_a_withdrawn_candidate():
    cases = [
        ("1-201\t申丽华\t98.10\t同意\t委托（受托人申志刚）\t15831001946\n", "申志刚"),
        ("注：第10户为家庭经营，身份证号为登记经营者陶坤本人。\n", "陶坤"),
        ("退伍后定居台湾，大陆联系人为其外甥聂俊，手机18974289503。\n", "聂俊"),
        ("注：岗位“综合管理”原拟聘人员宋明轩放弃，依次递补阮若曦。\n", "宋明轩"),
        ("经营者张建华、刘秀英分别处以罚款500元。\n", "张建华"),
    ]
    for text, name in cases:
        assert at(text, "name", name) in found(text, ("name",)), text


def test_the_second_of_two_names_stops_before_an_adverb():
    text = "县城管局对经营者易红兵、邹斌分别处以罚款500元。\n"
    assert found(text, ("name",)) == names(text, "易红兵", "邹斌")


def test_the_same_words_before_verbs_meetings_and_common_words():
    for text in (
        "经营者应当履行主体责任，经营者信息应当公示，沿街经营者林立。\n",
        "受托人应当持委托书办理，受托人须本人到场。\n",
        "拟聘人员名单如下，拟聘人员体检合格后办理聘用手续。\n",
        "县人大代表建议办理情况，政协委员会议，群众代表大会，村民代表会议决定。\n",
        "人大代表严格监督，政协委员常年关心，受托人严格按照约定办理。\n",
    ):
        assert found(text, ("name",)) == [], text


def test_persons_regarding_an_address_are_not_part_of_it():
    text = "　　荆玉堂、宁桂香、扈长顺等5人就大名县万堤镇西付集村东街14号宅基地纠纷提出复查申请。\n"
    got = found(text)
    assert at(text, "name", "扈长顺") in got
    assert at(text, "address", "大名县万堤镇西付集村东街14号") in got
