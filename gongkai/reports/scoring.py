"""How an assessment score is made from a measured ratio, and how a unit's total is made
when some indicators have no data (无数据) — the pure rules, no database.

A unit with nothing to measure for an indicator (no application due, no item with a
publication deadline) is not given full marks for it. What the total does with such an
indicator is a choice of the installation (``GONGKAI_ASSESSMENT_NO_DATA``), recorded on
each round so that a later change of the setting does not rewrite a published ranking:

- ``prorate`` (default): the indicator is left out; the total is the points obtained over
  the points of the indicators that had data, brought back to the full scale
  (实得分 ÷ 有数据指标分值之和 × 满分);
- ``zero``: the indicator counts as zero points.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

PRORATE = "prorate"
ZERO = "zero"
RULES = {
    PRORATE: "无数据的指标不计入，总分按有数据指标折算（实得分 ÷ 有数据指标分值之和 × 满分）",
    ZERO: "无数据的指标计 0 分，总分为各指标得分之和",
}
NO_DATA = "无数据"

#: How each automatic method turns its counts into points, printed beside the score.
METHOD_RULES = {
    "publication_timeliness": "分值 × 按时公开数 ÷ 应限时公开数（逾期未公开的计为未按时）",
    "applications_on_time": "分值 × 按期答复数 ÷ 应答复申请数",
    "catalogue_coverage": "分值 × 达标栏目数 ÷ 考核栏目数",
    "messages_on_time": "分值 × 按期答复数 ÷ 应答复留言数",
    "feedback_on_time": "分值 × 按期公开反馈数 ÷ 应公开反馈数",
    "manual": "人工评分",
}
CENT = Decimal("0.01")


def rule_label(rule: str) -> str:
    return RULES.get(rule, RULES[PRORATE])


def no_data_note(rule: str) -> str:
    """What a 无数据 cell says about its effect on the total."""
    return "不计入总分" if rule != ZERO else "计 0 分"


def points(weight: Decimal, ratio: float) -> Decimal:
    return (weight * Decimal(str(round(ratio, 4)))).quantize(CENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class Cell:
    weight: Decimal
    score: Decimal
    no_data: bool = False


@dataclass(frozen=True)
class Total:
    value: Decimal | None  # None: no indicator had data
    obtained: Decimal
    possible: Decimal  # the points of the indicators that had data
    full: Decimal
    explanation: str


def total(cells: list[Cell], full: Decimal, rule: str) -> Total:
    """The unit's total over ``full`` points (the sum of every indicator's weight)."""
    obtained = sum((c.score for c in cells if not c.no_data), Decimal(0))
    possible = sum((c.weight for c in cells if not c.no_data), Decimal(0))
    missing = sum(1 for c in cells if c.no_data)
    if rule == ZERO or not missing:
        text = f"各指标得分之和 {obtained}" + (f"（{missing} 项无数据计 0 分）" if missing else "")
        return Total(obtained.quantize(CENT), obtained, possible, full, text)
    if possible == 0:
        return Total(None, obtained, possible, full, "各项指标均无数据，不排名次")
    value = (obtained / possible * full).quantize(CENT, ROUND_HALF_UP)
    text = f"{obtained} ÷ {possible} × {full.normalize()}（{missing} 项无数据不计入）"
    return Total(value, obtained, possible, full, text)


def rank(rows: list[dict], key: str = "total") -> list[dict]:
    """Highest total first, ties share a rank; a unit without any data comes last, unranked."""
    ranked = sorted(rows, key=lambda r: (r[key] is None, -(r[key] or 0), r.get("unit__name", "")))
    place, last = 0, object()
    for i, r in enumerate(ranked, start=1):
        if r[key] is None:
            r["rank"] = None
            continue
        if r[key] != last:
            place, last = i, r[key]
        r["rank"] = place
    return ranked


def annotate_score(score, rule: str):
    """Give a stored score what its cell prints: ``rule_text`` (the rule applied) and
    ``evidence_items`` (the figures it was made from)."""
    evidence = dict(score.evidence or {})
    method_rule = evidence.pop("计分规则", "")
    if score.no_data:
        score.rule_text = f"{NO_DATA}，{no_data_note(rule)}"
    elif score.by_hand:
        score.rule_text = "人工评分"
    else:
        score.rule_text = method_rule
    score.evidence_items = list(evidence.items())
    return score
