"""The 100-point deduction score of the national indicators (RULES §7), pure.

The indicators, their weights and the points of each finding are data
(``data/score_table.json``, or the file named by ``GONGKAI_MONITOR_SCORE_TABLE``), with
their source. ``compute`` takes what a run measured — findings per rule code, each a
piece of evidence — and returns the total and one deduction per rule that found
something. An indicator never loses more than its weight. Indicators the crawl cannot
measure are not in the table and lose nothing here; they are for the inspectors.
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path

DEFAULT_TABLE = Path(__file__).with_name("data") / "score_table.json"
FULL_MARKS = Decimal(100)


@lru_cache(maxsize=4)
def load_table(path: str | None = None) -> dict:
    return json.loads(Path(path or DEFAULT_TABLE).read_text(encoding="utf-8"))


def _points(value) -> Decimal:
    return Decimal(str(value))


def _fmt(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def compute(findings: dict[str, list[str]], *, measured: set[str], table: dict) -> dict:
    """``findings``: rule code -> evidence lines (one per finding; for a rule with fixed
    ``points``, any evidence means the rule is met). ``measured``: codes that could be
    checked for this site (the others are listed as not measured).

    Returns ``{"total", "deductions": [{"item", "points", "evidence"}], "not_measured",
    "source"}``.
    """
    total = FULL_MARKS
    deductions: list[dict] = []
    not_measured: list[str] = []
    for indicator in table["indicators"]:
        weight = _points(indicator["weight"])
        lost = Decimal(0)
        for rule in indicator["rules"]:
            code = rule["code"]
            if code not in measured:
                not_measured.append(f"{indicator['indicator']}：{rule['rule']}")
                continue
            evidence = findings.get(code) or []
            if not evidence:
                continue
            if "points" in rule:
                points = _points(rule["points"])
            else:
                points = _points(rule["each"]) * len(evidence)
            points = min(points, weight - lost)
            if points <= 0:
                continue
            lost += points
            deductions.append(
                {
                    "item": f"{indicator['indicator']}：{rule['rule']}",
                    "points": _fmt(points),
                    "evidence": evidence,
                }
            )
        total -= lost
    return {
        "total": _fmt(total),
        "deductions": deductions,
        "not_measured": not_measured,
        "source": table.get("source", ""),
    }
