"""Blocks that apps add to the portal home page (registered in AppConfig.ready).

A block is a function ``(request) -> {"title", "url", "items": [{"title","url","date"}]}``.
"""

from collections.abc import Callable

_blocks: dict[str, tuple[int, Callable]] = {}


def register_home_block(name: str, fn: Callable, order: int = 100) -> None:
    _blocks[name] = (order, fn)


def home_blocks() -> list[Callable]:
    return [fn for _order, fn in sorted(_blocks.values(), key=lambda b: b[0])]
