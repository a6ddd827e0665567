"""ninja's own command, under the name the assets app gives it."""

from ninja.management.commands.export_openapi_schema import Command

__all__ = ["Command"]
