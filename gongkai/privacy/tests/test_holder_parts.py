"""A phone column named after one of two parties a head names (产权人/出租人 | 出租人联系电话;
holderphones, privfix22d): a company in that cell owns the landline; a person keeps it."""

from .spans import at, found

_HEAD = (
    '"工单编号","受理时间","线索来源","反映人","反映人联系电话","反映人住址","涉嫌群租房屋地址",'
    '"产权人/出租人","出租人联系电话","处置结果"\n'
)


def _row(holder, phone):
    return (
        '"QZ-2025-0358","2025-03-17 14:30","市民信箱","邝丽雯、邝志成","18023517960",'
        '"某区某镇和顺大道88号和顺花园12座2502","某区某镇和顺大道88号和顺花园12座2402",'
        f'"{holder}","{phone}","责令整改"\n'
    )


def test_company_in_a_two_party_head_owns_the_landline():
    text = _HEAD + _row("佛山市安和公寓管理有限公司(法定代表人陆家明)", "0757-86152317")
    assert at(text, "landline", "0757-86152317") not in found(text, {"landline"})


def test_person_in_a_two_party_head_keeps_it():
    text = _HEAD + _row("冼桂芳", "0757-86151234")
    assert at(text, "landline", "0757-86151234") in found(text, {"landline"})
