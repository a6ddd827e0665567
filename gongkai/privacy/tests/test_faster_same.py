"""The cheaper forms of the scanner's hot spots give what the forms they replace gave.

Each test holds a rewritten function or search equal to the plain form it replaced
(kept here or in the module as the reference) on random texts built from the pieces
that decide it, and on the generated corpora.
"""

from __future__ import annotations

import random
import re

import pytest

from gongkai.privacy import corpus, personlists, tablecorpus, tablefind
from gongkai.privacy import literals as literal_search
from gongkai.privacy import validators as v
from gongkai.privacy.patterns import FULLWIDTH_PRESENT, has_fullwidth

# --- luhn_ok --------------------------------------------------------------------------


def _luhn_reference(digits: str) -> bool:
    total = sum(map(int, digits[-1::-2])) + sum(map(v._LUHN_DOUBLE.__getitem__, digits[-2::-2]))
    return total % 10 == 0


def test_luhn_equals_the_digit_by_digit_sum():
    rng = random.Random(16)
    for _ in range(20000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 24)))
        assert v.luhn_ok(digits) == _luhn_reference(digits), digits
    assert v.luhn_ok("6222021234567890128") is _luhn_reference("6222021234567890128")
    assert v.luhn_ok("4111111111111111") and not v.luhn_ok("4111111111111112")


def test_luhn_of_other_digits_as_before():
    # not ASCII digits: the old sum, with its answer or its error
    for digits in ("١٢٣٤", "１２３４５", "12a4"):
        try:
            expected = _luhn_reference(digits)
        except (KeyError, ValueError) as exc:
            with pytest.raises(type(exc)):
                v.luhn_ok(digits)
        else:
            assert v.luhn_ok(digits) == expected


# --- has_fullwidth ---------------------------------------------------------------------


def _has_fullwidth_reference(text: str) -> bool:
    """The search led by a class that ``has_fullwidth`` replaced."""
    if text.isascii():
        return False
    last = len(text) - 1
    for m in FULLWIDTH_PRESENT.finditer(text):
        i = m.start()
        if text[i] not in "\u2013\u2014\u2212":
            return True
        if 0 < i < last and text[i - 1] in "0123456789" and text[i + 1] in "0123456789":
            return True
    return False


# full-width characters and their neighbours, characters whose UTF-16 holds 0xFF
# (U+xxFF, U+FFxx signs), dashes, surrogates and a character beyond the BMP
_POOL = (
    "0123456789aZ -—–−—１９ＡＺａｚ＋－＠０，（）：；！？＿［｀｛"
    "\uffff\u20ff\u10ff\u0aff\uff0a\uff0c\uff1a\uff3b\uff5b\ud800\udfff\U0001f600公开"
)


def test_has_fullwidth_equals_the_class_search():
    rng = random.Random(7)
    for _ in range(40000):
        text = "".join(rng.choice(_POOL) for _ in range(rng.randint(0, 10)))
        assert has_fullwidth(text) == _has_fullwidth_reference(text), repr(text)


def test_has_fullwidth_on_the_corpora():
    text = corpus.build(per_type=40, near_miss_rounds=40, seed=3).text
    assert has_fullwidth(text) == _has_fullwidth_reference(text)
    for piece in ("电话０８３０—３１２５６７８", "0830—3125678", "——公开——", "Ａ", "年—月"):
        assert has_fullwidth(text + piece) == _has_fullwidth_reference(text + piece)
    assert has_fullwidth("手机１３８") and has_fullwidth("0830—3125678")
    assert not has_fullwidth("——公开——") and not has_fullwidth("二〇二四年—月")


# --- word searches with 公 found by str.find ---------------------------------------------


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


_WORD_PIECES = (
    "公民身份号码",
    "公民身份",
    "公开",
    "公",
    "身份证号码",
    "身份证",
    "姓名",
    "姓 名",
    "户主",
    "人\t",
    "人 \n张三\n",
    "对象|",
    "先进",
    "名单",
    "措",
    "扎西",
    "越南籍",
    "证件号码",
    "张三",
    "\t",
    "|",
    "\n",
    "，",
    "1",
)


@pytest.mark.parametrize(
    ("old", "rare", "common"),
    [
        (tablefind._HEADER_HINT_SOURCE, tablefind._HEADER_RARE, tablefind._HEADER_COMMON),
        (personlists._LIST_WORDS_SOURCE, personlists._LIST_RARE, personlists._LIST_COMMON),
    ],
    ids=["table headers", "list words"],  # (the sources' order of words varies by process)
)
def test_split_searches_equal_the_alternation(old, rare, common):
    old = re.compile(old)
    assert common == ("公民身份号码",)
    rng = random.Random(11)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(_WORD_PIECES) for _ in range(rng.randint(1, 14)))
        expected = _spans(old.finditer(text))
        assert _spans(literal_search.finditer(rare, common, text)) == expected, text
        found += len(expected)
    assert found > 4000
    for text in (
        corpus.build(per_type=60, near_miss_rounds=60, seed=8).text,
        tablecorpus.build(tables=60, seed=8).text,
    ):
        expected = _spans(old.finditer(text))
        assert len(expected) > 50
        assert _spans(literal_search.finditer(rare, common, text)) == expected


# --- the address run before a house number -------------------------------------------


def test_address_run_read_backwards_equals_the_search():
    from gongkai.privacy.streetaddress import _ADDRESS_RUN, _ADDRESS_RUN_BACK

    pieces = (
        "人民路",
        "25",
        "号",
        "A",
        "z",
        "-",
        "（",
        "）",
        "(",
        ")",
        "，",
        "：",
        " ",
        "\n",
        "。",
        "·",
    )
    rng = random.Random(5)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        limit = max(0, start - rng.choice((48, 12, 3)))
        expected = _ADDRESS_RUN.search(text, limit, start).start()
        if text[start - 1 : start] == "\n":
            continue  # (the scanner does not search there: "$" would stop before the newline)
        assert start - _ADDRESS_RUN_BACK.match(text[limit:start][::-1]).end() == expected


# --- masks of mail addresses -----------------------------------------------------------


def test_mail_mask_as_by_positions():
    from gongkai.privacy import masking

    def by_positions(text: str, keep: tuple[int, int]) -> str:
        chars = list(text)
        at = text.rfind("@")
        positions = [i for i in range(max(at, 0)) if chars[i] not in "._-+"]
        masking._mask_positions(chars, positions, keep)
        return "".join(chars)

    rng = random.Random(9)
    for _ in range(20000):
        text = "".join(rng.choice("ab1.@_-+x") for _ in range(rng.randint(0, 12)))
        keep = (rng.randint(-1, 4), rng.randint(-1, 4))
        assert masking.mask_plain("email", text, {"email": keep}) == by_positions(text, keep)
