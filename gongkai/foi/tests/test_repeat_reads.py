"""Information requested again and again (第四十四条): each key's earliest application
names it, read in one query whatever the number of keys."""

from __future__ import annotations

from gongkai.foi.selectors import repeat_suggestions


def test_each_key_is_named_by_its_earliest_application_in_constant_queries(
    register, office, settings, django_assert_num_queries
):
    settings.GONGKAI_FOI_REPEAT_THRESHOLD = 2
    for n, doc in ((3, "测政发〔2026〕1号"), (2, "测政发〔2026〕2号")):
        for i in range(n):
            register("2026-09-28", doc_number=doc, title=f"{doc}第{i + 1}次" if i else "")
    register("2026-09-28", doc_number="测政发〔2026〕3号")  # once: below the threshold
    with django_assert_num_queries(2):
        rows = repeat_suggestions(office)
    # the earliest of each key has no title: its document number names it
    assert [(n, sample) for _key, n, sample in rows] == [
        (3, "测政发〔2026〕1号"),
        (2, "测政发〔2026〕2号"),
    ]
    for i in range(3):
        register("2026-09-29", doc_number=f"测政发〔2026〕{10 + i}号")
        register("2026-09-29", doc_number=f"测政发〔2026〕{10 + i}号")
    with django_assert_num_queries(2):  # five keys now: still two queries
        assert len(repeat_suggestions(office)) == 5
