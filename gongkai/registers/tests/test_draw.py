"""双随机一公开: the seed is fixed when the plan is published, anyone re-runs the draw from
the API response with the published rule, and a conflicted inspector is never drawn."""

import datetime as dt
import hashlib
import hmac
import json

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError

from gongkai.registers import draw as rule
from gongkai.registers.services import draw_perform, entry_transition, result_publish, result_record
from gongkai.registers.tests.factories import draw, inspection_pool
from gongkai.testing import local_moment

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(local_moment(2026, 6, 8), tick=False):
        yield


def third_party_select(seed: str, candidates: list[str], k: int) -> list[str]:
    """The rule exactly as published, written independently of gongkai.registers.draw."""
    digest = {
        c: hmac.new(seed.encode("utf-8"), c.encode("utf-8"), hashlib.sha256).hexdigest()
        for c in candidates
    }
    return sorted(candidates, key=lambda c: digest[c])[:k]


def announce(office, d):
    d = entry_transition(actor=office, entry=d, action="submit")
    return entry_transition(actor=office, entry=d, action="publish")


def test_the_rule_is_hmac_sha256_of_the_id_keyed_by_the_seed_text():
    seed = hashlib.sha256(b"x").hexdigest()
    ids = [str(i) for i in range(1, 40)]
    assert rule.select(seed, ids, 5) == third_party_select(seed, ids, 5)
    other = hashlib.sha256(b"y").hexdigest()
    assert rule.select(seed, ids, 5) != rule.select(other, ids, 5)


def test_recompute_a_draw_from_the_api_response(client, office, gov, dept_a, dept_b):
    m, targets, inspectors = inspection_pool(office, gov, dept_a, dept_b)
    d = announce(office, draw(office, dept_a, m, k=3, mm=2))
    before = client.get(f"/api/v1/inspections/draws/{d.pk}").json()
    assert len(before["seed"]) == 64 and before["targets"]["selected"] == []
    # the seed is the SHA-256 of the announced parameters and the registers' hash
    canon = json.dumps(
        {"params": before["params"], "registers": before["registers_hash"]},
        ensure_ascii=False, sort_keys=True, separators=(",", ":"),
    )  # fmt: skip
    assert hashlib.sha256(canon.encode("utf-8")).hexdigest() == before["seed"]
    draw_perform(actor=office, draw=d)
    body = client.get(f"/api/v1/inspections/draws/{d.pk}").json()
    assert body["seed"] == before["seed"], "the draw used the seed published before it"
    t, i = body["targets"], body["inspectors"]
    assert sorted(t["candidates"], key=int) == sorted(str(x.pk) for x in targets)
    assert t["k"] == 3 and len(t["selected"]) == 3
    assert third_party_select(body["seed"], t["candidates"], t["k"]) == t["selected"]
    assert i["k"] == 2 and len(i["selected"]) == 2
    assert third_party_select(body["seed"], i["candidates"], i["k"]) == i["selected"]
    assert all(isinstance(x, str) for x in t["candidates"] + i["candidates"])


def _canonical_sha256(value) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def third_party_draw(snapshot: dict, seed: str, k: int, m: int) -> tuple[list[str], list[str]]:
    """The whole draw re-run from the published snapshot alone: targets first, then the
    inspectors with no conflict (same unit as, or a declared relation with, a drawn
    target) — written independently of gongkai.registers.draw."""
    targets = [str(t["id"]) for t in snapshot["targets"]]
    chosen = third_party_select(seed, targets, k)
    unit_of = {str(t["id"]): str(t["unit"]) for t in snapshot["targets"]}
    free = [
        str(p["id"])
        for p in snapshot["inspectors"]
        if not any(
            (unit_of[t] and unit_of[t] == str(p["unit"])) or t in {str(r) for r in p["related"]}
            for t in chosen
        )
    ]
    return chosen, third_party_select(seed, free, m)


def test_a_third_party_recomputes_hash_seed_and_selection_from_the_public_api(
    client, office, gov, dept_a, dept_b
):
    m, targets, inspectors = inspection_pool(office, gov, dept_a, dept_b)
    d = draw_perform(actor=office, draw=announce(office, draw(office, dept_a, m, k=3, mm=2)))
    # only public responses from here on
    body = client.get(f"/api/v1/inspections/draws/{d.pk}").json()
    snapshot = client.get(f"/api/v1/inspections/draws/{d.pk}/snapshot").json()
    assert snapshot == body["snapshot"]
    assert {t["id"] for t in snapshot["targets"]} == {str(t.pk) for t in targets}
    assert {p["id"] for p in snapshot["inspectors"]} == {str(p.pk) for p in inspectors}
    # snapshot -> registers hash -> seed -> selection
    registers_hash = _canonical_sha256(snapshot)
    assert registers_hash == body["registers_hash"]
    seed = _canonical_sha256({"params": body["params"], "registers": registers_hash})
    assert seed == body["seed"]
    chosen, people = third_party_draw(snapshot, seed, body["params"]["k"], body["params"]["m"])
    assert chosen == body["targets"]["selected"] and len(chosen) == 3
    assert people == body["inspectors"]["selected"] and len(people) == 2
    # the download on the public page is the very text that was hashed
    page = client.get(d.get_absolute_url()).content.decode()
    assert body["snapshot_url"] in page and "下载名录快照" in page
    download = client.get(body["snapshot_url"])
    assert download.status_code == 200 and download["Content-Type"].startswith("application/json")
    assert hashlib.sha256(download.content).hexdigest() == body["registers_hash"]
    assert json.loads(download.content) == snapshot
    # altering one candidate changes the hash, hence the seed
    for change in (
        lambda s: s["targets"][0].update(name=s["targets"][0]["name"] + "（改）"),
        lambda s: s["inspectors"][1].update(related=[]),
        lambda s: s["inspectors"].pop(),
    ):
        altered = json.loads(json.dumps(snapshot))
        change(altered)
        other_hash = _canonical_sha256(altered)
        assert other_hash != body["registers_hash"]
        assert _canonical_sha256({"params": body["params"], "registers": other_hash}) != seed
    # a draft draw's snapshot is not public
    hidden = draw(office, dept_a, m, k=1, mm=1, title="草稿")
    assert client.get(f"/api/v1/inspections/draws/{hidden.pk}/snapshot").status_code == 404
    assert client.get(f"/xxgk/qd/draws/{hidden.pk}/snapshot.json").status_code == 404


def test_a_conflicted_inspector_is_never_drawn(office, gov, dept_a, dept_b):
    m, targets, inspectors = inspection_pool(office, gov, dept_a, dept_b, n_targets=2)
    # both targets drawn: the inspector of dept_b (target 0's own unit) and the one who
    # declared target 1 related are excluded before the inspectors are drawn
    d = draw_perform(actor=office, draw=announce(office, draw(office, dept_a, m, k=2, mm=2)))
    conflicted = {str(inspectors[0].pk), str(inspectors[1].pk)}
    assert set(d.result["inspectors"]["selected"]) == {str(inspectors[2].pk), str(inspectors[3].pk)}
    assert not conflicted & set(d.result["inspectors"]["candidates"])
    excluded = {x["id"]: x["reasons"] for x in d.result["inspectors"]["excluded"]}
    assert set(excluded) == conflicted
    assert "同属一个单位" in excluded[str(inspectors[0].pk)][0]
    assert "利害关系" in excluded[str(inspectors[1].pk)][0]


def test_conflicts_are_excluded_under_any_seed():
    pool = {
        "targets": [{"id": str(i), "unit": "9" if i < 3 else ""} for i in range(1, 9)],
        "inspectors": [
            {"id": "100", "unit": "9", "related": []},
            {"id": "101", "unit": "5", "related": ["4", "5"]},
            {"id": "102", "unit": "5", "related": []},
            {"id": "103", "unit": "6", "related": []},
        ],
    }
    for n in range(200):
        seed = hashlib.sha256(str(n).encode()).hexdigest()
        out = rule.run(seed, pool, 3, 1)
        chosen = set(out["targets"]["selected"])
        for person in out["inspectors"]["selected"]:
            p = next(x for x in pool["inspectors"] if x["id"] == person)
            for t in chosen:
                target = next(x for x in pool["targets"] if x["id"] == t)
                assert not rule.conflicts(p, target), (seed, person, t)


def test_publication_fixes_the_seed_and_guards_the_draw(office, editor_a, gov, dept_a, dept_b):
    m, targets, _ = inspection_pool(office, gov, dept_a, dept_b, n_targets=2)
    too_many = draw(office, dept_a, m, k=3, mm=1, title="过多")
    too_many = entry_transition(actor=office, entry=too_many, action="submit")
    with pytest.raises(ValidationError, match="少于拟抽取的3个"):
        entry_transition(actor=office, entry=too_many, action="publish")
    d = draw(office, dept_a, m, k=1, mm=1)
    with pytest.raises(ValidationError, match="公布"):
        draw_perform(actor=office, draw=d)
    d = announce(office, d)
    with pytest.raises(PermissionDenied):
        draw_perform(actor=editor_a, draw=d)
    d = draw_perform(actor=office, draw=d)
    with pytest.raises(ValidationError, match="只能抽取一次"):
        draw_perform(actor=office, draw=d)
    with pytest.raises(ValidationError, match="不能撤回或修订"):
        entry_transition(actor=office, entry=d, action="revise")


def test_results_within_20_working_days_penalties_within_7(office, gov, dept_a, dept_b):
    m, targets, _ = inspection_pool(office, gov, dept_a, dept_b)
    d = draw_perform(actor=office, draw=announce(office, draw(office, dept_a, m, k=2, mm=1)))
    first, second = (int(x) for x in d.result["targets"]["selected"])
    r = result_record(
        actor=office, draw=d, target_id=first, kind="result",
        formed_on=dt.date(2026, 6, 1), outcome="ok",
    )  # fmt: skip
    p = result_record(
        actor=office, draw=d, target_id=second, kind="penalty",
        formed_on=dt.date(2026, 6, 1), outcome="penalty",
    )  # fmt: skip
    # Monday 1 June 2026: 20 working days skip the 端午 holiday (Friday 19 June) → 30 June;
    # 7 working days → 10 June
    assert r.due == dt.date(2026, 6, 30) and r.due_rule == "inspection_result_20wd"
    assert p.due == dt.date(2026, 6, 10) and p.due_rule == "inspection_penalty_7wd"
    not_drawn = next(t for t in targets if t.pk not in (first, second))
    with pytest.raises(ValidationError, match="不在本次抽取结果"):
        result_record(
            actor=office, draw=d, target_id=not_drawn.pk, kind="result",
            formed_on=dt.date(2026, 6, 1), outcome="ok",
        )  # fmt: skip
    from gongkai.registers.plugs import todo_items

    titles = [t.title for t in todo_items(office)]
    assert any("行政处罚" in t for t in titles) and any("检查结果" in t for t in titles)
    result_publish(actor=office, result=p)
    assert not any("行政处罚" in t.title for t in todo_items(office))


def test_draw_list_is_paginated_like_documents(client, office, gov, dept_a, dept_b):
    m, _, _ = inspection_pool(office, gov, dept_a, dept_b)
    for n in range(3):
        announce(office, draw(office, dept_a, m, k=1, mm=1, title=f"抽查{n}"))
    draw(office, dept_a, m, k=1, mm=1, title="未公布")
    body = client.get("/api/v1/inspections/draws?page_size=2&page=2").json()
    assert set(body) == {"count", "page", "pages", "results"}
    assert (body["count"], body["page"], body["pages"], len(body["results"])) == (3, 2, 2, 1)
    docs = client.get("/api/v1/documents?page_size=2").json()
    assert set(docs) == set(body)
    assert all(
        len(r["seed"]) == 64 for r in client.get("/api/v1/inspections/draws").json()["results"]
    )
    hidden = draw(office, dept_a, m, k=1, mm=1, title="草稿")
    assert client.get(f"/api/v1/inspections/draws/{hidden.pk}").status_code == 404
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/inspections/draws" in paths and "/api/v1/inspections/draws/{draw_id}" in paths
