"""The `gongkai` command: Django's management commands, with dashes allowed in names."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    argv = list(sys.argv)
    if len(argv) > 1 and argv[1] in ("privacy-scan", "privacy_scan"):
        from gongkai.privacy.cli import main as privacy_scan  # starts without every app

        sys.exit(privacy_scan(argv[2:]))
    if argv[1:] in ([], ["help"], ["--help"], ["-h"]):
        from gongkai.clihelp import main_help_text

        text = main_help_text(argv)  # the list of commands, without starting every app
        if text is not None:
            sys.stdout.write(text + "\n")
            sys.exit(0)
    from django.core.management import execute_from_command_line

    if len(argv) > 1 and not argv[1].startswith("-"):
        argv[1] = argv[1].replace("-", "_")
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
