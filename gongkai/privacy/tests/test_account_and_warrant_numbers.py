"""Numbers whose label or key says whose kind they are (issue 16, MM).

- A 15-digit number in an old ID's shape under an export's key of an account or a card
  (fhzh 分户账号, tkzh 退款账号, account_no) is that account's number, no ID; under an ID's
  key (sfzh) it stays an ID.
- An officer's warrant numbers after their label, its copula and its list ("执法证号分别为
  X、Y", "工作证号为X") are the warrants', whatever shape (a mobile's) they have; a phone
  after another label in the same sentence stays a phone.
"""

import json

import pytest

from .spans import at, found

OLD_ID = "320321600111600"
ACCOUNT = "320321010523907"


@pytest.mark.parametrize("key", ["fhzh", "tkzh", "account_no", "FHZH"])
def test_account_keys(key):
    line = json.dumps({"yzxm": "吕秋萍", key: ACCOUNT, "sfzh": OLD_ID}, ensure_ascii=False)
    assert found(line, ["id_card"]) == [at(line, "id_card", OLD_ID)]


def test_account_key_in_xml():
    text = f"<r><xm>吕秋萍</xm><fhzh>{ACCOUNT}</fhzh><sfzh>{OLD_ID}</sfzh></r>"
    assert found(text, ["id_card"]) == [at(text, "id_card", OLD_ID)]


@pytest.mark.parametrize(
    "text",
    [
        "执法人员甲、乙（执法证号分别为13062320038、13062320041）到场检查。",
        "检查人员出示了工作证，工作证号为13062320038。",
        "执法证号：13062320038，13062320041",
    ],
)
def test_warrant_numbers(text):
    assert found(text, ["mobile"]) == []


def test_a_phone_after_the_warrant_stays():
    text = "执法证号：A1234567，当事人联系电话13912345678。"
    assert found(text, ["mobile"]) == [at(text, "mobile", "13912345678")]
