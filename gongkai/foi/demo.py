"""Demo applications in various states (order 30, after units and publishing)."""

from __future__ import annotations


def load() -> str:
    return "依申请公开：示例数据稍后提供"
