"""A case's subject named after its role word and before its kin in a notice
(``subjectkin``, privfix24b); a role word before a verb or a masked name adds nothing."""

from gongkai.privacy.tests.spans import at, found, rid


def test_subjects_after_their_role_word_in_a_service_notice():
    text = (
        "某县卫生健康局公告\n"
        f"　　龚雪莲（公民身份号码{rid('36072119900305212')}）：你为受种者符梓萱（2022年5月出生）之母。"
        "受种者所患疾病为偶合症，本局已作出不予补偿决定。\n"
        f"　　晏志刚（公民身份号码{rid('36072119870811351')}）：你为患儿晏思哲之父，请于30日内补正材料。\n"
        "　　受种者黄某之母已领取决定书。\n"
    )
    got = found(text, ["name"])
    for name in ("龚雪莲", "晏志刚", "符梓萱", "晏思哲"):
        assert at(text, "name", name) in got, name
    assert not any(text[s:e].startswith("所患") or "某" in text[s:e] for _k, s, e in got)
