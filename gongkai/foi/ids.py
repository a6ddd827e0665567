"""Check digits of Chinese identity numbers (proof of identity, Art. 29).

- Resident identity card (GB 11643-1999): 17 digits and a check character (0-9 or X),
  ISO 7064 MOD 11-2 with weights 2^(17-i) mod 11.
- Unified social credit code of an organisation (GB 32100-2015): 18 characters from a
  31-character alphabet, the last one a MOD 31 check character.
"""

from __future__ import annotations

import datetime as dt
import re

_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_ID_CHECK = "10X98765432"
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def id_card_check_char(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def id_card_error(value: str) -> str | None:
    """None when ``value`` is a valid 18-digit identity number, else a Chinese message."""
    value = value.strip().upper()
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return "身份证号码应为18位，前17位为数字，最后一位为数字或X"
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return "身份证号码中的出生日期无效"
    if id_card_check_char(value[:17]) != value[17]:
        return "身份证号码校验位不正确，请核对后重新填写"
    return None


def uscc_check_char(first17: str) -> str:
    total = sum(_USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return _USCC_ALPHABET[(31 - total % 31) % 31]


def uscc_error(value: str) -> str | None:
    """None when ``value`` is a valid unified social credit code, else a Chinese message."""
    value = value.strip().upper()
    if len(value) != 18 or any(c not in _USCC_ALPHABET for c in value):
        return "统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）"
    if uscc_check_char(value[:17]) != value[17]:
        return "统一社会信用代码校验位不正确，请核对后重新填写"
    return None
