"""A person's home under a 住址 header in an individual business's row, beside the person's own
ID, stays a home; the premises under 经营地址 of such a row stay the business's (privfix26c,
homecolumns)."""

from .spans import at, found


def test_a_responsible_persons_home_in_a_businesss_row():
    text = (
        "| 序号 | 企业名称 | 经营者 | 身份证号码 | 联系电话 | 住址 |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | 旺苍县黄洋镇红岩砖厂 | 个体工商户（经营者唐国富） | 510821197304152216 "
        "| 13890918274 | 旺苍县东河镇新华街15号 |\n"
    )
    assert at(text, "address", "旺苍县东河镇新华街15号") in found(text, {"address"})


def test_premises_under_a_business_address_header_stay_the_businesss():
    text = (
        "| 序号 | 企业名称 | 经营者 | 身份证号码 | 联系电话 | 经营地址 |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | 旺苍县黄洋镇红岩砖厂 | 个体工商户（经营者唐国富） | 510821197304152216 "
        "| 13890918274 | 旺苍县黄洋镇红岩村8号 |\n"
    )
    assert at(text, "address", "旺苍县黄洋镇红岩村8号") not in found(text, {"address"})
