"""A 15-digit ID under an export's key spelled sfzh (身份证号) is an ID, not an account number
(accountkinds, privfix22d): sfzh ends in zh like 账号 (fhzh 分户账号), which stays an account."""

from .spans import at, found

_OLD = "450107600304929"  # a first-generation ID: born 1960-03-04


def test_sfzh_keys_hold_ids():
    for key in ("sfzh", "czrsfzh", "SFZHM"):
        text = f"<jl><xm>韦德昌</xm><{key}>{_OLD}</{key}></jl>"
        assert found(text, {"id_card"}) == [at(text, "id_card", _OLD)], key


def test_account_keys_stay_accounts():
    for key in ("fhzh", "skzh"):
        text = f"<jl><xm>韦德昌</xm><{key}>{_OLD}</{key}></jl>"
        assert found(text, {"id_card"}) == [], key
