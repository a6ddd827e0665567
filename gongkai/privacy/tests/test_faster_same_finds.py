"""Words found by one of their characters give what ``str.find`` / ``in`` and the
regular expressions they replace gave (``wordfind.find_by``, ``itemnames._spans``)."""

from __future__ import annotations

import random
import re

import pytest

from gongkai.privacy import itemnames, unitmail
from gongkai.privacy.wordfind import find_by, has_word

WORDS = ("</", "/>", '","', '":', "自然人", "你（及", "授予", "事故", "台胞证", "通行证", "款人")
PIECES = [*WORDS, *'<>/",:自然人你（及(授予事故台胞证通行款员办的、', "然人", "自然", "台胞"]


@pytest.mark.parametrize("seed", range(3))
def test_find_by_any_character_equals_str_find(seed):
    rng = random.Random(seed)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14)))
        word = rng.choice(WORDS)
        pos = rng.randint(0, len(text) + 2)
        for at in range(len(word)):
            assert find_by(text, word, at, pos) == text.find(word, pos), (text, word, at, pos)
            assert has_word(text, word, at) is (word in text)


def test_find_by_walks_every_occurrence_as_str_find():
    text = "自然人\t张三\n自然自然人|李四\n个人,自然人"
    found, k = [], find_by(text, "自然人", 1)
    while k >= 0:
        found.append(k)
        k = find_by(text, "自然人", 1, k + 1)
    assert found == [m.start() for m in re.finditer("自然人", text)] == [0, 9, 19]
    assert find_by("", "事故", 1) == -1 and not has_word("故事", "事故", 1)


@pytest.mark.parametrize("words", [itemnames._DASHES, itemnames._CLOSE_LABEL])
def test_spans_equal_each_words_regex(words):
    rng = random.Random(7)
    pieces = [*words, *"—－-)）人(（：甲", "---", "——", "－－－"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        want = [m.span() for w in words for m in re.finditer(re.escape(w), text)]
        assert list(itemnames._spans(text, words)) == want, text


def _unit_mail_reference(text: str, start: int, end: int) -> bool:
    """``unitmail.unit_mail`` as written before its cheap looks came first."""
    if unitmail._SHARED_NOTE.match(text, end):
        return True
    lo = max(0, start - 80)
    begin = max(text.rfind(c, lo, start) for c in "。；;\n") + 1 or lo
    stop = [k for k in (text.find(c, end, end + 80) for c in "。；;\n") if k >= 0]
    sentence = text[begin : min(stop) if stop else end + 80]
    if unitmail._OWN_WORD.search(text[max(0, start - 10) : end + 10]):
        return False
    school = unitmail._UNIT_DOMAIN.search(text[start:end]) and "@stu." not in text[start:end]
    person = unitmail.PHONE_OF_PERSON.search(sentence) or unitmail._PERSON_ON_LINE.search(sentence)
    if person or unitmail.person_row(text, start):
        # a unit's domain is the unit's even in a person's row (README: mailboxes)
        return bool(school) and not unitmail.record_mailbox(text, start, end)
    if unitmail._UNIT_CHANNEL.search(text, begin, start):
        return True
    return bool(unitmail._UNIT_DOMAIN.search(text[start:end])) and not unitmail.record_mailbox(
        text, start, end
    )


def test_unit_mail_with_its_cheap_looks_first_as_before():
    rng = random.Random(12)
    before = [
        "投稿邮箱：",
        "咨询电话或邮箱",
        "联系人：王芳，",
        "13812345678，",
        "编辑部",
        "\n",
        "。",
    ]
    before += ["姓名\t邮箱\n张三\t", "李明，男，35岁，", "来信请寄", "办公室", "；", "个人邮箱："]
    mailboxes = ["zsb@hnu.edu.cn", "xxgk@qx.gov.cn", "li.ming@163.com", "huxiaoyan96@ahu.edu.cn"]
    after = [
        "",
        "。",
        "，电话0731-84561234",
        "\n王五\t",
        "（本人）",
        "；联系人：赵六",
        "（局公共邮箱）",
    ]
    for _ in range(3000):
        head = "".join(rng.choice(before) for _ in range(rng.randint(0, 5)))
        box = rng.choice(mailboxes)
        text = head + box + "".join(rng.choice(after) for _ in range(rng.randint(0, 3)))
        start, end = len(head), len(head) + len(box)
        want = _unit_mail_reference(text, start, end)
        assert unitmail.unit_mail(text, start, end) is want, text
