"""A transliterated name right after a private person's word (``cuedotted``, privfix26d):
the name and its later whole mentions; a trade mark's dotted run after a company is no
name."""

from gongkai.privacy.tests.spans import at, found


def test_veteran_and_patient_with_dotted_names():
    text = (
        "回访记录：来电人反映，同村退役军人努尔买买提·艾山江（13579912436）的优待金未到账；"
        "经查，努尔买买提·艾山江的账户已冻结，现已解冻。\n"
        "另有患者古丽巴哈尔·吐尔逊已于上月出院。\n"
    )
    got = found(text, ["name"])
    first = text.index("努尔买买提·艾山江")
    assert at(text, "name", "努尔买买提·艾山江") in got
    assert at(text, "name", "努尔买买提·艾山江", first + 3) in got
    assert at(text, "name", "古丽巴哈尔·吐尔逊") in got


def test_dotted_brand_after_a_company_is_no_name():
    text = "某县文旅有限公司经营的雪山下·白沙院子民宿已通过验收。\n"
    assert found(text, ["name"]) == []


def test_witness_noted_by_the_village_committee_is_left_alone():
    text = "在场人：村民委员会见证人吐尔洪·艾买提（村委会）；当事人本人。\n"
    got = found(text, ["name"])
    assert at(text, "name", "吐尔洪·艾买提") not in got
