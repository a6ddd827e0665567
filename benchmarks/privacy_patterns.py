"""CPU time of each regular expression in one scan, by pattern and caller (issue 16, speed).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/privacy_patterns.py            # top 30
    PYTHONPATH=$PWD .venv/bin/python benchmarks/privacy_patterns.py --top 60 --runs 5

Every compiled pattern a module of ``gongkai.privacy`` holds at module level (a global, or
in a tuple, list, dict or frozenset there) is wrapped in a proxy that times each call with
``time.thread_time_ns`` (CPU time of this thread: a shared machine's load moves it less than
wall time); ``finditer`` is timed by each step of its iterator (the search runs there, not in
the call). The scan of the benchmark text (as ``privacy_instructions.py``) runs ``--runs``
times; the table gives, per pattern and caller (module and function), the least time of
the runs and the calls of one scan. The column ``lead`` says how ``sre`` finds where a match
may start: ``literal`` (a literal prefix: a fast scan for it), ``class`` (a class of first
characters: tested at every position, 4–5 ms a megabyte of text), ``none`` (neither: every
position is tried with the whole pattern, as behind a leading look-around) — what a whole-text
search of the pattern costs per position. Patterns held by instances, compiled in a function
or passed to ``re.*`` as strings are not seen; the proxy's own cost is included.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def lead(pattern: re.Pattern) -> str:
    """How ``sre`` looks for a match's start: "literal", "class" or "none"."""
    from re import _compiler, _parser  # (the compiler's own test: ``_compile_info``)

    parsed = _parser.parse(pattern.pattern, pattern.flags)
    prefix, _skip, _all = _compiler._get_literal_prefix(parsed, pattern.flags)
    if prefix:
        return "literal"
    return "class" if _compiler._get_charset_prefix(parsed, pattern.flags) else "none"


class _Timed:
    """A pattern whose calls are timed into ``spent`` by (pattern, method, caller)."""

    def __init__(self, pattern: re.Pattern, spent: dict, calls: dict) -> None:
        self._p, self._spent, self._calls = pattern, spent, calls

    def __getattr__(self, name: str):
        return getattr(self._p, name)

    def _key(self, method: str, depth: int = 2) -> tuple:
        f = sys._getframe(depth)  # (the caller's frame: past ``_timed`` and the method)
        return (self._p, method, f"{Path(f.f_code.co_filename).name} {f.f_code.co_name}")

    def _timed(self, method: str, *args, **kw):
        key = self._key(method, 3)
        t = time.thread_time_ns()
        got = getattr(self._p, method)(*args, **kw)
        self._spent[key] += time.thread_time_ns() - t
        self._calls[key] += 1
        return got

    def search(self, *a, **k):
        return self._timed("search", *a, **k)

    def match(self, *a, **k):
        return self._timed("match", *a, **k)

    def fullmatch(self, *a, **k):
        return self._timed("fullmatch", *a, **k)

    def findall(self, *a, **k):
        return self._timed("findall", *a, **k)

    def sub(self, *a, **k):
        return self._timed("sub", *a, **k)

    def subn(self, *a, **k):
        return self._timed("subn", *a, **k)

    def split(self, *a, **k):
        return self._timed("split", *a, **k)

    def finditer(self, *a, **k):
        key = self._key("finditer")
        self._calls[key] += 1
        it = self._p.finditer(*a, **k)
        spent = self._spent
        while True:
            t = time.thread_time_ns()
            m = next(it, None)
            spent[key] += time.thread_time_ns() - t
            if m is None:
                return
            yield m


def _wrap(value, spent, calls):
    if isinstance(value, re.Pattern):
        return _Timed(value, spent, calls)
    if type(value) in (tuple, list) and any(isinstance(x, re.Pattern) for x in value):
        return type(value)(_wrap(x, spent, calls) for x in value)
    if type(value) is dict and any(isinstance(x, re.Pattern) for x in value.values()):
        return {k: _wrap(x, spent, calls) for k, x in value.items()}
    return value


def account(runs: int) -> tuple[dict, dict, float]:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    import django

    django.setup()
    from gongkai.privacy import corpus, scan_text

    text = corpus.build(per_type=400, near_miss_rounds=400, seed=2026).text
    scan_text("warm up 13812345678 申请人：张三")
    spent: dict = collections.Counter()
    calls: dict = collections.Counter()
    for name, module in list(sys.modules.items()):
        if not name.startswith("gongkai.privacy") or module is None:
            continue
        for attr, value in list(vars(module).items()):
            wrapped = _wrap(value, spent, calls)
            if wrapped is not value:
                setattr(module, attr, wrapped)
    best: dict = {}
    most: dict = {}  # calls: the most of a run (a helper's cache may spare later runs some)
    whole = float("inf")
    for _ in range(runs):
        spent.clear()
        calls.clear()
        t = time.thread_time_ns()
        scan_text(text)
        whole = min(whole, (time.thread_time_ns() - t) / 1e6)
        for key, ns in spent.items():
            best[key] = min(best.get(key, ns), ns)
        for key, n in calls.items():
            most[key] = max(most.get(key, n), n)
    return best, most, whole


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="scans; the least time of each")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--lead", choices=("literal", "class", "none"), help="these only")
    parser.add_argument("--search", action="store_true", help="search and finditer only")
    args = parser.parse_args()
    best, calls, whole = account(args.runs)
    if args.search:
        best = {k: ns for k, ns in best.items() if k[1] in ("search", "finditer")}
    if args.lead:
        best = {k: ns for k, ns in best.items() if lead(k[0]) == args.lead}
    total = sum(best.values()) / 1e6
    print(
        f"one scan {whole:.0f} ms of CPU (with the proxies), {total:.0f} ms inside {sum(calls.values()):,} pattern calls"
    )
    print("| # | ms | calls | method | caller | lead | pattern |")
    print("|---|---|---|---|---|---|---|")
    ranked = sorted(best.items(), key=lambda kv: -kv[1])[: args.top]
    for i, ((pattern, method, caller), ns) in enumerate(ranked, 1):
        source = pattern.pattern if isinstance(pattern.pattern, str) else repr(pattern.pattern)
        shown = source[:48].replace("|", "\\|").replace("\n", "\\n")
        print(
            f"| {i} | {ns / 1e6:.2f} | {calls[(pattern, method, caller)]:,} | {method} "
            f"| `{caller}` | {lead(pattern)} | `{shown}…` |"
        )


if __name__ == "__main__":
    main()
