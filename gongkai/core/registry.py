"""Kept for old imports: the registries live in ``gongkai.core.plugs``."""

from gongkai.core.plugs import (  # noqa: F401
    DemoLoader,
    PeriodicJob,
    demo_loaders,
    periodic_jobs,
    register_demo,
    register_periodic,
)
