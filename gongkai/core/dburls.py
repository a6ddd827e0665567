"""Database aliases of the streaming replicas, from ``DATABASE_REPLICA_URLS`` (settings)."""

from __future__ import annotations

from typing import Any

import dj_database_url


def replica_databases(urls: str) -> dict[str, dict[str, Any]]:
    """``replica_1``, ``replica_2``… for a comma-separated list of database URLs.

    A replica that does not answer must not hold a page up: connecting gives up after two
    seconds (then the router sends the reads to the primary). In tests a replica mirrors
    the test database (the replica integration test points it at the real standby)."""
    out: dict[str, dict[str, Any]] = {}
    for n, url in enumerate((u.strip() for u in urls.split(",") if u.strip()), start=1):
        db: dict[str, Any] = dict(dj_database_url.parse(url))
        db.setdefault("CONN_MAX_AGE", 60)
        db["CONN_HEALTH_CHECKS"] = True
        db.setdefault("OPTIONS", {}).setdefault("connect_timeout", 2)
        db["TEST"] = {"MIRROR": "default"}
        out[f"replica_{n}"] = db
    return out
