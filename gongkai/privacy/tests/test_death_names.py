"""A person whose death the text reports (``deathnames``, privfix26d): the name before
"(已)于 + a date + 去世" and its later mentions; a role word or a pronoun before the date is no
name."""

from gongkai.privacy.tests.spans import at, found, rid

_ID = rid("41152619580417263")


def test_recovery_notice_names_the_dead_recipient_and_mentions():
    text = (
        f"二、邵桂兰（身份证号{_ID}）：经比对，你家中的抚恤对象邵德旺已于2021年5月病故，"
        "你未及时申报，继续领取抚恤金，现予追回。\n"
        "三、关于烈属宁翠英之子的申请：宁翠英于2020年10月因病去世，其子提出继续享受待遇。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "邵桂兰") in got
    assert at(text, "name", "邵德旺") in got
    assert at(text, "name", "宁翠英", text.index("宁翠英于")) in got
    assert at(text, "name", "宁翠英") in got  # the mention before it: 烈属宁翠英之子


def test_role_words_and_pronouns_before_the_date_are_no_names():
    text = (
        "备注：户主已于2023年9月病故，由其子代领。\n"
        "说明：本人于2024年1月去世，账户已销户。\n"
        "原户主已于2022年死亡，现户主变更。\n"
    )
    assert found(text, ["name"]) == []


def test_two_characters_after_a_rare_surname_are_not_taken():
    text = "经查，乜守田于2019年3月死亡后，其补贴仍由家属领取。\n"
    got = found(text, ["name"])
    assert at(text, "name", "守田") not in got
