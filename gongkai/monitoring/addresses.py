"""Which addresses the workspace may ask the monitor to crawl (no server-side forgery).

A site added in the workspace must not point the crawler at this machine or its
network: loopback, private, link-local, shared (carrier-grade NAT), unspecified and the
cloud metadata addresses are refused unless ``GONGKAI_MONITOR_ALLOW_INTERNAL`` (a list
of CIDR ranges, default empty) allows them. Host names are resolved; any internal
answer refuses the name. The command line and the tests are not affected.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

# Metadata services of the clouds a government platform runs on (Alibaba, AWS/GCP/Azure,
# Tencent, Huawei use 169.254.169.254 or 100.100.100.200), also by name.
METADATA_HOSTS = frozenset({"metadata.google.internal", "metadata", "metadata.tencentyun.com"})
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "100.100.100.200", "fd00:ec2::254")
)
SHARED = ipaddress.ip_network("100.64.0.0/10")


def _internal(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return (
        addr in METADATA_ADDRESSES
        or addr.is_loopback
        or addr.is_private
        or addr.is_link_local
        or addr.is_unspecified
        or addr.is_reserved
        or addr.is_multicast
        or (isinstance(addr, ipaddress.IPv4Address) and addr in SHARED)
    )


def _resolve(host: str) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []  # unknown today: the check will report it as broken, not reach inside
    return [info[4][0] for info in infos]


def refusal(url: str, allow: list[str] | tuple[str, ...] = ()) -> str | None:
    """A Chinese reason to refuse ``url``, or None when it may be crawled."""
    host = (urlsplit(url).hostname or "").strip("[]").rstrip(".").lower()
    if not host:
        return "网址缺少主机名"
    allowed = [ipaddress.ip_network(c, strict=False) for c in allow]
    if host in METADATA_HOSTS or host == "localhost" or host.endswith(".localhost"):
        addresses = ["127.0.0.1"] if "localhost" in host else ["169.254.169.254"]
    else:
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            addresses = _resolve(host)
    for text in addresses:
        addr = ipaddress.ip_address(text.split("%")[0])
        if _internal(addr) and not any(addr in net for net in allowed):
            return (
                f"不能监测内部网络地址（{addr}）：本机、内网、链路本地和云服务元数据地址"
                "不允许添加；确需监测内网网站，请由管理员在 GONGKAI_MONITOR_ALLOW_INTERNAL 中放行"
            )
    return None
