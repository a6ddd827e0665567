"""A company's record block, opened by its name and holding its credit code: its address and
landline are the company's (codeblocks, privfix22d); a person's record with no credit code
stays found."""

from .spans import at, found


def _block():
    return (
        "一、通过备案的住房租赁企业\n\n"
        "　　1. 某市安家住房租赁有限公司\n"
        "　　　统一社会信用代码：91420100MA4K2XYZ3L；法定代表人：柏建国\n"
        "　　　经营地址：某市某区民主西路128号金都商城5楼；联系电话：0938-8216000\n"
        "　　　房源规模：集中式公寓236间\n\n"
        "　　经办人：郝雅丽　档案编号：620502198706138645\n"
    )


def test_company_block_contacts_are_the_companys():
    text = _block()
    assert found(text, {"landline", "address"}) == []


def test_winner_block_by_its_role_label():
    text = (
        "（一）第一标段\n"
        "中标人：某市恒达出租汽车有限责任公司\n"
        "统一社会信用代码：91620502345PP4118X\n"
        "道路运输经营许可证号：某交运管许可字620502000015号\n"
        "法定代表人：柏建平\n"
        "地址：某市某区中华西路171号　联系电话：0938-8391000\n"
    )
    assert found(text, {"landline", "address"}) == []


def test_persons_record_without_a_code_stays():
    text = "1. 柏秀兰\n　　住址：某市某区民主西路128号3栋2单元501室；联系电话：0938-8216001\n"
    assert at(text, "landline", "0938-8216001") in found(text, {"landline"})
