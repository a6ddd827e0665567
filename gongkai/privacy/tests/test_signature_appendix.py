"""An appendix opened under the signature (``footers.below_signature``, privfix25d): its first
row's home is a person's, not the issuer's contact line; a contact line right under the date
stays the office's."""

from gongkai.privacy.tests.spans import at, found


def test_appendix_row_under_the_signature_keeps_its_address():
    text = (
        "特此答复。\n\n"
        "某市人力资源和社会保障局\n"
        "2024年9月3日\n\n"
        "附：关联投诉人名单\n"
        "1.闫国栋，电话13912457780，住临海市汛桥镇东湖路56号；\n"
        "2.莘秀英，电话15067231049，住临海市汛桥镇南街18号3单元201室。\n"
    )
    got = found(text)
    assert at(text, "address", "临海市汛桥镇东湖路56号") in got
    assert at(text, "name", "闫国栋") in got


def test_contact_line_right_under_the_date_stays_the_offices():
    text = (
        "特此公告。\n\n"
        "某市人力资源和社会保障局\n"
        "2024年9月3日\n"
        "地址：临海市汛桥镇东湖路56号　电话：0576-85123456\n"
    )
    got = found(text)
    assert at(text, "address", "临海市汛桥镇东湖路56号") not in got
