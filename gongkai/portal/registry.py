"""Kept for old imports: the registries live in ``gongkai.core.plugs``."""

from gongkai.core.plugs import home_blocks, register_home_block  # noqa: F401
