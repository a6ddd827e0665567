"""Register entries for the tests, built through the services."""

from __future__ import annotations

import datetime as dt

from gongkai.registers.services import entry_create, entry_transition


def published(actor, key: str, **data):
    entry = entry_create(actor=actor, key=key, data=data)
    entry = entry_transition(actor=actor, entry=entry, action="submit")
    return entry_transition(actor=actor, entry=entry, action="publish")


def matter(office, unit, title="餐饮服务食品安全抽查"):
    return published(
        office, "matters", unit=unit, title=title, basis="《食品安全法》第一百一十条",
        target_kind="餐饮服务经营者", method="现场检查",
    )  # fmt: skip


def inspection_pool(office, gov, dept_a, dept_b, n_targets=6):
    """A matter of dept_a with targets (one belonging to dept_b) and four inspectors: one
    of dept_b (conflicted with that target), one who declared a relation, two free."""
    m = matter(office, dept_a)
    targets = [
        published(
            office,
            "targets",
            unit=dept_a,
            matter=m,
            title=f"第{i}号餐馆",
            related_unit=dept_b if i == 0 else None,
        )  # fmt: skip
        for i in range(n_targets)
    ]
    inspectors = [
        published(
            office, "inspectors", unit=dept_b, title="乙局执法员", badge_no="B001", matters=[m]
        ),
        published(
            office,
            "inspectors",
            unit=dept_a,
            title="甲局执法员一",
            badge_no="A001",
            matters=[m],
            related_targets=[targets[1]],
        ),  # fmt: skip
        published(
            office, "inspectors", unit=dept_a, title="甲局执法员二", badge_no="A002", matters=[m]
        ),
        published(office, "inspectors", unit=gov, title="县执法员", badge_no="G001", matters=[m]),
    ]
    return m, targets, inspectors


def draw(office, unit, m, k=2, mm=2, title="2026年餐饮服务双随机抽查"):
    return entry_create(
        actor=office, key="draws",
        data={"unit": unit, "title": title, "matter": m, "k_targets": k, "m_inspectors": mm,
              "inspect_from": dt.date(2026, 5, 1), "inspect_to": dt.date(2026, 5, 30)},
    )  # fmt: skip


def normative(actor, unit, title, written_on, **extra):
    data = {
        "unit": unit, "title": title, "written_on": written_on,
        "legality_reviewed_on": written_on - dt.timedelta(days=3), **extra,
    }  # fmt: skip
    return entry_create(actor=actor, key="normative", data=data)
