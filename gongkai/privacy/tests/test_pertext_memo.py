"""The passes' shared whole-text answers (``pertext``): once a text, the latest text only,
each thread its own (issue 16, speed)."""

from __future__ import annotations

import threading

from gongkai.privacy import keyedcsv, pertext, prose, scan_text, unitcolumns, wordfind


def _counting():
    calls: list[str] = []

    def compute(text: str) -> int:
        calls.append(text)
        return text.count("：")

    return calls, compute


def test_same_text_is_answered_once():
    pertext.forget()
    calls, compute = _counting()
    text = "姓名：张三\n户主：李四"
    assert pertext.memo("k", text, compute) == 2
    assert pertext.memo("k", text, compute) == 2
    assert calls == [text]
    pertext.forget()
    assert pertext.holding() == 0


def test_a_different_text_is_computed_again_and_only_the_latest_kept():
    pertext.forget()
    calls, compute = _counting()
    first, second = "甲：1", "乙：1：2"
    assert pertext.memo("k", first, compute) == 1
    assert pertext.memo("k", second, compute) == 2
    assert pertext.memo("k", first, compute) == 1  # (the latest text's only: again)
    assert calls == [first, second, first]
    assert pertext.holding() == 1
    pertext.forget()


def test_keys_are_kept_apart():
    pertext.forget()
    text = "a：b:c"
    assert pertext.memo("one", text, lambda t: t.count("：")) == 1
    assert pertext.memo("two", text, lambda t: t.count(":")) == 1
    assert pertext.memo("one", text, lambda t: -1) == 1
    assert pertext.holding() == 2
    pertext.forget()


def test_equal_but_not_identical_strings_get_the_same_answer():
    pertext.forget()
    calls, compute = _counting()
    text = "".join(["联系人：", "王五", "：13812345678"])
    same = "".join(["联系人：王五", "：13812345678"])
    assert same == text and same is not text
    assert pertext.memo("k", text, compute) == pertext.memo("k", same, compute) == 2
    assert len(calls) == 1
    pertext.forget()


def test_a_table_gathers_answers_for_its_text():
    pertext.forget()
    text, other = "x" * 10, "y" * 10
    pertext.table("t", text)[3] = "three"
    assert pertext.table("t", text) == {3: "three"}
    assert pertext.table("t", other) == {}
    pertext.forget()


def test_two_threads_with_different_texts_never_share_answers():
    texts = ["：" * n + "张三" * n for n in (3, 7)]
    barrier = threading.Barrier(2)
    wrong: list[tuple[int, int]] = []

    def run(text: str) -> None:
        want = text.count("：")
        for k in range(2000):
            if k % 500 == 0:
                barrier.wait()  # (both threads at once, again and again)
            got = pertext.memo("k", text, lambda t: t.count("："))
            if got != want:
                wrong.append((got, want))
            if wordfind.colons(text)[0] != [i for i, c in enumerate(text) if c == "："]:
                wrong.append((-1, want))
        pertext.forget()

    pertext.forget()
    calls, compute = _counting()
    mine = "本线程：" * 2
    pertext.memo("k", mine, compute)
    threads = [threading.Thread(target=run, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []
    assert pertext.memo("k", mine, compute) == 2 and calls == [mine]  # (this thread's own)
    pertext.forget()


def test_the_five_passes_share_through_one_memo():
    pertext.forget()
    text = "name,phone,id_card\n张三,13812345678,x\n联系人：王五"
    assert wordfind.colons(text) is wordfind.colons(text)
    assert wordfind.lines(text) is wordfind.lines(text)
    assert prose.cue_kin_marks(text)[0] is prose.cue_kin_marks(text)[0]
    assert keyedcsv._header(text) is keyedcsv._header(text)
    unitcolumns.header_line(text, text.index("138"))
    assert pertext.holding() == 5
    scan_text(text)
    assert pertext.holding() == 0  # (no text outlives its scan)


def test_once_answers_a_helper_once_by_its_arguments():
    pertext.forget()
    calls: list[tuple[str, int]] = []

    def helper(text: str, at: int) -> str:
        calls.append((text, at))
        return text[at : at + 2]

    text = "申请人张三住某村5号"
    assert pertext.once(helper, text, 3) == "张三"
    assert pertext.once(helper, text, 3) == "张三"
    assert pertext.once(helper, text, 0) == "申请"
    assert pertext.once(helper, "另一段文字", 3) == "文字"  # another text: computed for it
    assert calls == [(text, 3), (text, 0), ("另一段文字", 3)]
    pertext.forget()
    assert pertext.holding() == 0
