#!/usr/bin/env python
"""Django's command-line utility; `gongkai COMMAND` does the same."""

from gongkai.cli import main

if __name__ == "__main__":
    main()
