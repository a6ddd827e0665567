"""A community's own number after a sentence about residents ("…或拨打社区电话0771-…")
is the unit's; a resident's home number near the word 社区 stays private."""

from .spans import at, found

MINUTES = (
    "居民可将议题发送至记录人的邮箱，或拨打社区电话0771-5821653。\n"
    "居民对结果有异议的，可拨打居委会联系电话：0771-5821654。\n"
)
RESIDENT = "居民韦振华，家住幸福社区，电话0771-5551234，反映楼道堵塞。"


def test_community_number_after_residents_not_private():
    assert found(MINUTES, ["landline"]) == []


def test_resident_landline_near_community_word_found():
    assert found(RESIDENT, ["landline"]) == [at(RESIDENT, "landline", "0771-5551234")]


SENT_TO_UNIT = (
    "经查，外墙渗水系防水未收口所致。如仍有问题，请与街道城建办联系，电话0771-5821661。\n"
    "未中签业主可于11月10日前至社区登记轮候，联系电话（0771）5821647。\n"
)
LETTER = "我家楼下一直漏水，希望尽快处理，请与我联系，电话0771-5556677。"


def test_number_of_unit_the_reader_is_sent_to_not_private():
    assert found(SENT_TO_UNIT, ["landline"]) == []


def test_letter_writers_own_number_found():
    assert found(LETTER, ["landline"]) == [at(LETTER, "landline", "0771-5556677")]
