"""A party that is a unit (its name in brackets after the party's word) and a line that
opens with a unit named before ("该公司…") give the unit's phone; a person's stays."""

from .spans import at, found

UNIT_PARTY = (
    "提存申请人（江川市北湖区青松街道办事处征收办）联系电话：（0735）2881036。\n"
    "申请人（南岭县白沙镇前进村村委会）联系电话：0735-6612345\n"
)
PERSON_PARTY = "申请人（本村村民）谭振国，联系电话：0735-6619876\n"
UNIT_LINE = (
    "被申请人：江川市宏远运输有限公司\n"
    "（该公司登记住所已无人办公，原登记电话0735-2708855停机）\n"
    "该单位联系电话：0735-2701234\n"
)
PERSON_LINE = "被申请人：谭振国，男，原预留电话：0735-2354420\n"


def test_unit_party_phone_stays_clean():
    assert found(UNIT_PARTY, ["landline"]) == []


def test_person_party_phone_found():
    assert found(PERSON_PARTY, ["landline"]) == [at(PERSON_PARTY, "landline", "0735-6619876")]


def test_unit_line_phone_stays_clean():
    assert found(UNIT_LINE, ["landline"]) == []
    assert found(PERSON_LINE, ["landline"]) == [at(PERSON_LINE, "landline", "0735-2354420")]
