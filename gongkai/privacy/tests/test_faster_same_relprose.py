"""The relation cues of ``relprose`` read partly from ``kinprose``'s marks (the kinship
characters prose's one scan marks already) give the positions one scan of every cue's
last character gave, and ``follow_edges`` moves the same ends as before (issue 16, speed).
"""

from __future__ import annotations

import random
import re

from gongkai.privacy import corpus, relprose
from gongkai.privacy.kinprose import kin_marks
from gongkai.privacy.prose import cue_kin_marks

# the plain form: every cue's last character (or 是/为) in one scan, kinship ones too
_ALL_CUES = re.compile(
    "["
    + "".join(sorted(relprose._CUE_LAST))
    + "](?<=["
    + "".join(sorted(relprose._BEFORE_LAST))
    + "].)(?=["
    + "".join(sorted(relprose._FIRST))
    + "])"
)
_PIECES = (
    "公公 老公 外公 公司 办公 公安 婆婆 儿子 女儿 孙女 父亲 母亲 亲戚 同事 邻居 担保人 是 为 "
    "的 隔壁的 （代 张 王 李 赵 欧阳 孙 周 建国 海涛 一起 正在 ， 。 \n 1"
).split(" ")


def _plain_marks(text: str) -> list[int]:
    return [m.start() for m in _ALL_CUES.finditer(text)]


def test_the_marks_are_those_of_one_scan_of_every_cue():
    rng = random.Random(16)
    for _ in range(5000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        assert relprose._marks(text, kin_marks(text)) == _plain_marks(text), text
    text = corpus.build(per_type=40, near_miss_rounds=40, seed=16).text
    assert relprose._marks(text, cue_kin_marks(text)[1]) == _plain_marks(text)


def test_kinship_cues_still_name_the_person_after_them():
    for text, name in (
        ("我老公王建国一直在外打工。", "王建国"),
        ("她公公赵长林私下说过", "赵长林"),
        ("外公李德明多次来过", "李德明"),
        ("我表弟陈志强一起买的", "陈志强"),
    ):
        got = relprose.relation_prose(text, cue_kin_marks(text)[1])
        assert [text[s:e] for s, e, _, _ in got] == [name]
        assert got == relprose.relation_prose(text)  # (its own kinship marks)
    for text in ("公司刘经理来电", "办公室主任张华", "公安局王警官"):
        assert relprose.relation_prose(text, cue_kin_marks(text)[1]) == []


def _plain_follow(text, cands):
    out = []
    for s, e, kind, conf in cands:
        if kind == "name" and 2 <= e - s <= 4 and text[e : e + 2] not in relprose._AFTER:
            limit = 4 if text[s : s + 2] in relprose.v.COMPOUND_SURNAMES else 3
            if (
                e - s > 2
                and text[e - 1 : e + 1] in relprose._AFTER
                and relprose._sure(text[s : e - 1])
            ):
                e -= 1
            elif (
                e - s < limit
                and text[e + 1 : e + 3] in relprose._AFTER
                and text[e] in relprose.v.GIVEN_CHARS
                and relprose._is_name(text[s : e + 1])
            ):
                e += 1
        out.append((s, e, kind, conf))
    return out


def test_follow_edges_moves_the_ends_it_moved():
    text = "谭明正在读书，钮花懿多次来访，张伟一起去，电话13812345678，王芳芳正在"
    cands = [
        (0, 3, "name", 0.7),
        (7, 9, "name", 0.7),
        (15, 17, "name", 0.7),
        (24, 35, "mobile", 0.9),
        (36, 39, "name", 0.7),
    ]
    got = relprose.follow_edges(text, cands)
    assert got == _plain_follow(text, cands)
    assert text[got[0][0] : got[0][1]] == "谭明"  # (gave back 正 of 正在)
    assert got[3] == cands[3] and cands[0] == (0, 3, "name", 0.7)  # (the input unchanged)
