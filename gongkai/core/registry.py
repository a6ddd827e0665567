"""Small registries through which apps plug into the platform (filled in AppConfig.ready).

- demo loaders: ``gongkai demo-load`` calls them in order;
- periodic jobs: the worker's scheduler enqueues them once per interval.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class DemoLoader:
    name: str
    order: int
    load: Callable[[], str]  # returns a one-line summary for the console


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    interval: dt.timedelta
    enqueue: Callable[[], object]


_demo: dict[str, DemoLoader] = {}
_periodic: dict[str, PeriodicJob] = {}


def register_demo(name: str, load: Callable[[], str], order: int = 100) -> None:
    _demo[name] = DemoLoader(name, order, load)


def demo_loaders() -> list[DemoLoader]:
    return sorted(_demo.values(), key=lambda d: (d.order, d.name))


def register_periodic(name: str, interval: dt.timedelta, enqueue: Callable[[], object]) -> None:
    _periodic[name] = PeriodicJob(name, interval, enqueue)


def periodic_jobs() -> list[PeriodicJob]:
    return list(_periodic.values())
