"""``gongkai --help`` without starting the platform.

Django's own help first runs ``django.setup()`` — it imports every app, its models, admin
modules and plugs — only to learn which apps have a ``management/commands`` folder. The
folders can be found without importing the apps, so the list of commands prints in a
fraction of the time. The text is Django's own (``ManagementUtility.main_help_text``) and a
test checks that it is the same as after a full start.
"""

from __future__ import annotations

import importlib.util
import os


def commands_without_setup() -> dict[str, str] | None:
    """{command name: app name}, as ``django.core.management.get_commands`` gives after
    ``django.setup()``; None when an entry of INSTALLED_APPS is not a plain package (an
    AppConfig path), where only a full start can tell."""
    from django.conf import settings
    from django.core import management

    commands = {name: "django.core" for name in management.find_commands(management.__path__[0])}
    for entry in reversed(settings.INSTALLED_APPS):
        try:
            spec = importlib.util.find_spec(entry)  # imports the parent packages only
        except ImportError:
            return None
        if spec is None or not spec.submodule_search_locations:
            return None
        folder = os.path.join(list(spec.submodule_search_locations)[0], "management")
        commands.update({name: entry for name in management.find_commands(folder)})
    return commands


def main_help_text(argv: list[str]) -> str | None:
    """Django's help text for ``argv`` (``gongkai``, ``gongkai --help`` …), or None to let
    Django start fully."""
    from django.core import management

    commands = commands_without_setup()
    if commands is None:
        return None
    utility = management.ManagementUtility(argv)
    full = management.get_commands
    management.get_commands = lambda: commands  # main_help_text reads the module's function
    try:
        return utility.main_help_text()
    finally:
        management.get_commands = full
