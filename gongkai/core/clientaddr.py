"""The client's real address, for throttles and rate limits.

Behind reverse proxies set ``GONGKAI_TRUSTED_PROXY_HOPS`` to the number of proxies that
append to ``X-Forwarded-For``: the address that many entries from the right is the one
the nearest trusted proxy saw. Without it the header is ignored (anyone can forge it).
"""

from __future__ import annotations

from gongkai.core import conf


def client_address(request) -> str:
    hops = int(conf.get("GONGKAI_TRUSTED_PROXY_HOPS") or 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if hops and forwarded:
        chain = [a.strip() for a in forwarded.split(",") if a.strip()]
        if len(chain) >= hops:
            return chain[-hops]
    return request.META.get("REMOTE_ADDR", "") or ""
