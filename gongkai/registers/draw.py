"""The 双随机 rule (pure, no database): anyone holding the published plan can re-run it.

- ``content_hash(pool)``: SHA-256 of the registers' snapshot (the candidate targets and
  inspectors with the facts that decide conflicts), as canonical JSON;
- ``seed_for(params, registers_hash)``: SHA-256 of the announced parameters and that hash,
  fixed and published with the plan before the draw;
- ``rank(seed, ids)``: the candidates sorted by
  ``HMAC-SHA256(key=seed_hex.encode("utf-8"), msg=id.encode("utf-8")).hexdigest()``
  ascending (ties, which SHA-256 makes practically impossible, by id);
- ``select(seed, ids, k)``: the first k of that order;
- ``run(seed, pool, k, m)``: targets first, then the inspectors who have no conflict with
  any drawn target (an inspector of a target's own unit, or one who listed the target as
  related), are excluded before the inspectors are drawn.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def content_hash(pool: dict) -> str:
    return hashlib.sha256(canonical(pool)).hexdigest()


def seed_for(params: dict, registers_hash: str) -> str:
    return hashlib.sha256(canonical({"params": params, "registers": registers_hash})).hexdigest()


def score(seed: str, candidate_id: str) -> str:
    return hmac.new(
        seed.encode("utf-8"), str(candidate_id).encode("utf-8"), hashlib.sha256
    ).hexdigest()


def rank(seed: str, ids: list[str]) -> list[str]:
    return sorted((str(i) for i in ids), key=lambda i: (score(seed, i), i))


def select(seed: str, ids: list[str], k: int) -> list[str]:
    return rank(seed, ids)[:k]


def conflicts(inspector: dict, target: dict) -> str:
    """Why ``inspector`` may not inspect ``target`` ("" when they may)."""
    if target.get("unit") and str(inspector.get("unit")) == str(target.get("unit")):
        return "与检查对象同属一个单位"
    if str(target["id"]) in {str(t) for t in inspector.get("related", [])}:
        return "已申报与检查对象存在利害关系"
    return ""


def run(seed: str, pool: dict, k: int, m: int) -> dict:
    """The whole draw from the snapshot ``pool`` = ``{"targets": [{"id", "unit"}],
    "inspectors": [{"id", "unit", "related": [target ids]}]}``."""
    target_ids = [str(t["id"]) for t in pool["targets"]]
    chosen = select(seed, target_ids, k)
    by_id = {str(t["id"]): t for t in pool["targets"]}
    excluded: list[dict] = []
    candidates: list[str] = []
    for person in pool["inspectors"]:
        reasons = [
            f"{by_id[t]['id']}：{why}" for t in chosen if (why := conflicts(person, by_id[t]))
        ]
        if reasons:
            excluded.append({"id": str(person["id"]), "reasons": reasons})
        else:
            candidates.append(str(person["id"]))
    return {
        "targets": {"candidates": sorted(target_ids, key=_num), "k": k, "selected": chosen},
        "inspectors": {
            "candidates": sorted(candidates, key=_num),
            "k": m,
            "selected": select(seed, candidates, m),
            "excluded": excluded,
        },
    }


def _num(value: str) -> tuple[int, str]:
    return (int(value), value) if value.isdigit() else (0, value)
