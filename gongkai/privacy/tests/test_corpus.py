"""Precision and recall per type on a generated, labelled corpus built from the seeds.

Targets from the issue: at least 0.99 precision and recall for ID numbers, mobile
numbers and bank cards. The other types are held to 0.95 so that a regression shows.
Names in running prose without any cue word are not found; that figure is measured
separately and held only to what the cues reach (see the report in the benchmark).
"""

import pytest

from gongkai.privacy import corpus, scan_text

STRICT = ("id_card", "mobile", "bank_card")


@pytest.fixture(scope="module")
def scores():
    labelled = corpus.build(per_type=150, near_miss_rounds=150, seed=11)
    found = scan_text(labelled.text, allow=[])
    result = corpus.evaluate(labelled, found)
    print("\n" + corpus.report(result))
    return result


@pytest.mark.parametrize("kind", STRICT)
def test_strict_types_reach_099(scores, kind):
    s = scores[kind]
    assert s.tp >= 150
    assert s.precision >= 0.99, s.false_positives[:5]
    assert s.recall >= 0.99, s.misses[:5]


@pytest.mark.parametrize(
    "kind",
    [k for k in corpus.INJECTED_TYPES if k not in STRICT],
)
def test_other_types_reach_095(scores, kind):
    s = scores[kind]
    assert s.precision >= 0.95, s.false_positives[:5]
    assert s.recall >= 0.95, s.misses[:5]


@pytest.mark.slow
def test_near_misses_alone_yield_no_personal_data():
    import random

    rng = random.Random(3)
    for _ in range(100):
        for miss in corpus.near_misses(rng):
            personal = [f for f in scan_text(miss, allow=[]) if f.category == "personal"]
            assert personal == [], (miss, personal)


def test_seed_documents_themselves_have_no_personal_findings():
    text = "\n".join(corpus.seed_sentences())
    assert [f for f in scan_text(text) if f.blocking] == []


def test_names_in_prose_are_found_with_and_without_cues():
    labelled = corpus.build_prose_names(count=300, seed=13)
    s = corpus.evaluate(labelled, scan_text(labelled.text, allow=[]))["name"]
    print(f"\nnames in prose: precision {s.precision:.3f} recall {s.recall:.3f}")
    assert s.precision >= 0.95
    # cue words (村民, 同志, （男，…）, labels) carry most of them; the two templates
    # without a cue ("经查，X于2021年…", "由X负责…") by names.subjects_with_a_date and
    # names.persons_in_charge
    assert s.recall >= 0.95


def test_masked_text_has_nothing_left_to_mask():
    """Masking is complete: a masked draft passes review (RULES.md §4, 先审查后公开)."""
    labelled = corpus.build(per_type=60, near_miss_rounds=60, seed=17)
    masked = corpus.Corpus(text=scan_and_mask(labelled.text))
    left = [f for f in scan_text(masked.text, allow=[]) if f.category == "personal"]
    assert left == []
    assert len(masked.text) == len(labelled.text)


def scan_and_mask(text):
    from gongkai.privacy import mask_text

    return mask_text(text, scan_text(text, allow=[]))
