"""The factored alternation matches exactly what the plain one matches (same spans)."""

import random
import re

import pytest

from gongkai.privacy import tables
from gongkai.privacy.alternation import by_second, factor
from gongkai.privacy.patterns import WORD_BRANCHES


def spans(pattern, text):
    return [m.span() for m in pattern.finditer(text)]


def test_shares_first_characters_and_keeps_the_order_of_rivals():
    branches = ["户主姓名", "户主", "户名", "姓名", "姓[ \u3000]+名", "申请人", "申请"]
    assert factor(branches) == "户(?:主(?:姓名|)|名)|姓(?:名|[ \u3000]+名)|申请(?:人|)"
    # the shorter word first stays first: "申请" wins over "申请人", as in the plain form
    text = "户主姓名 户名 申请人 姓  名"
    plain = re.compile("|".join(["申请", "申请人", "户主"]))
    assert spans(re.compile(factor(["申请", "申请人", "户主"])), text) == spans(plain, text)


def test_classes_only_below_the_top():
    assert factor(["写信人", "来信人"]) == "写信人|来信人"  # the top keeps literals
    assert factor(["人写信", "人来信"]) == "人[写来]信"


def test_a_branch_that_does_not_start_with_a_literal_is_never_passed():
    branches = ["ab", "[a-z]x", "ac"]
    assert factor(branches) == "ab|[a-z]x|ac"
    text = "ac ax ab"
    assert spans(re.compile(factor(branches)), text) == spans(re.compile("|".join(branches)), text)


def test_rejects_a_branch_with_its_own_alternation():
    with pytest.raises(ValueError):
        factor(["a|b", "c"])


@pytest.mark.parametrize("seed", range(6))
def test_random_word_lists_match_the_same_spans(seed):
    rng = random.Random(seed)
    alphabet = "户主姓名申请人收款(（男女" + "ab"
    words = set()
    while len(words) < 40:
        words.add("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))))
    branches = [re.escape(w) for w in words]
    rng.shuffle(branches)
    branches += ["姓[ \u3000]+名", "户主?名", "收(?:款|件)人", r"\(男"]
    rng.shuffle(branches)
    plain = re.compile("|".join(branches))
    fast = re.compile(factor(branches))
    second = re.compile(by_second(branches))
    for _ in range(300):
        text = "".join(rng.choice(alphabet + " \u3000") for _ in range(rng.randint(0, 30)))
        assert spans(fast, text) == spans(plain, text), (branches, text)
        assert spans(second, text) == spans(plain, text), (branches, text)


def test_the_scanners_own_alternations():
    """The word pass and the header hint, on text made of their own words and parts."""
    rng = random.Random(1)
    for branches in (
        WORD_BRANCHES,
        sorted(
            {re.escape(h) for h in tables.PERSON_HEADERS | tables.BUSINESS_HEADERS},
            key=len,
            reverse=True,
        ),
    ):
        plain = re.compile("|".join(branches))
        fast = re.compile(factor(branches))
        second = re.compile(by_second(branches))
        pieces = [re.sub(r"[\\\[\](){}?*+|]", "", b) for b in branches] + list("一二三号组村A1★ ：")
        for _ in range(400):
            text = "".join(
                rng.choice(pieces)[: rng.randint(1, 6)] for _ in range(rng.randint(1, 12))
            )
            assert spans(fast, text) == spans(plain, text), text
            assert spans(second, text) == spans(plain, text), text


def test_by_second_reads_the_second_character_first():
    branches = ["户主姓名", "户名", "京[A-Z]", "沪[A-Z]", "一[一二]{0,3}号", "二[一二]{0,3}号"]
    assert by_second(branches) == (
        "[户京沪一二](?=[主名A-Z一二号])"
        "(?:主(?<=户主)姓名|名(?<=户名)|[A-Z](?<=[京沪][A-Z])|(?<=[一二])[一二]{0,3}号)"
    )
    text = "户主姓名 户名 京A 沪 一号 一二号 二二二二二号 户"
    plain = re.compile("|".join(branches))
    assert spans(re.compile(by_second(branches)), text) == spans(plain, text)


def test_by_second_falls_back_where_the_second_character_is_unknown():
    for branches in (["ab", "c.d"], ["ab", "c(?:x)?"], ["ab", "[a-z]x"]):
        assert by_second(branches) == factor(branches)
    # a class, a digit, a repeat that may be empty before a literal: all read
    assert by_second(["a\\d", "b(?:[xy]|z)?w"]).startswith("[ab](?=[\\dxyzw])")


def test_by_second_reads_a_lookahead_as_what_follows():
    branches = ["人(?= ?[\t|]|\u3000)", "人员(?=\t)", "户主(?<=户主)"]
    assert by_second(branches).startswith("[人户](?=[")  # the next character first
    text = "人\t人 |人员\t人员 户口 户 户主 人\u3000人x 户"
    plain = re.compile("|".join(branches))
    assert spans(re.compile(by_second(branches)), text) == spans(plain, text)
    # a negative lookahead reads nothing: the character after it is still unknown
    assert by_second(["ab", "c(?!x)"]) == factor(["ab", "c(?!x)"])


def test_the_table_header_hint_by_its_second_character():
    """The header hint's words with their lookaheads (``tablefind``), on text made of
    their parts and the cell separators."""
    from gongkai.privacy.tablefind import _HEADER_BRANCHES

    branches = [b for b in _HEADER_BRANCHES if not b.startswith("公")]
    plain = re.compile("|".join(branches))
    second = re.compile(by_second(branches))
    assert second.pattern != factor(branches)  # arranged, not fallen back
    rng = random.Random(2)
    pieces = [re.sub(r"\(\?.*|[\\\[\](){}?*+|]", "", b) for b in branches]
    pieces += [" ", "  ", "\t", "|", "\n", "\u3000", "：", ",", '"', "x ", "一", "号"]
    for _ in range(600):
        text = "".join(rng.choice(pieces)[: rng.randint(1, 6)] for _ in range(rng.randint(1, 14)))
        assert spans(second, text) == spans(plain, text), text
