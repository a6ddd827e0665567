"""Instructions per scan of the privacy scanner, whole and by stage (deterministic).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/privacy_instructions.py            # all
    PYTHONPATH=$PWD .venv/bin/python benchmarks/privacy_instructions.py scan tables

Timings on the shared 2-core machine move by ±30 % with the load; instruction counts
do not. Each stage runs once, in a process of its own under ``valgrind --tool=cachegrind
--cache-sim=no``, on the benchmark text (``corpus.build(per_type=400,
near_miss_rounds=400, seed=2026)``, 1,032,120 characters, as ``benchmarks/privacy.py``
and ``privacy_compare.py``), with ``PYTHONHASHSEED=0``; the same process without the
stage is subtracted. The stages are the passes of ``scanner.scan_text`` called on their
own (the later ones with the number and word candidates as the scanner gives them).

``--text seeds`` measures on ordinary government documents without personal data instead:
the seed documents (``settings.GONGKAI_SEEDS_DIR``) tiled to about 1 MB (``seeds_text``).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = (
    "scan",
    "candidates",
    "emails",
    "tables",
    "declared",
    "salutation",
    "listed",
    "prose",
    "personlists",
    "list_names",
    "block_names",
    "cued_persons",
    "names_near",
    "refine",
    "expressions",
    "has_fullwidth",
    # the parts of ``scanner._scan`` with no pass of their own to call (``CUTS``)
    "preprocess",
    "front",
    "mentions",
    "contacts",
    "last_passes",
    "after_last",
    "final_loop",
)
# A part of ``_scan`` measured as the difference of two scans stopped early: "cut:F" runs
# ``scan_text`` until ``_scan`` calls the function F of ``scanner`` (an exception raised at
# that call: F's arguments are evaluated, F does not run); "cut:" is the whole scan.
CUTS = {
    "preprocess": ("", "_candidates"),  # halfwidth … join_quoted_cells, the context
    "front": ("_candidates", "sure_mentions"),  # the candidate passes … contact_cells
    "mentions": ("sure_mentions", "refine"),  # whole_values … follow_edges, listed_after
    "contacts": ("drop_signoffs", "kin_kept"),  # staff_mentions, office_names, settle_contacts
    "last_passes": ("kin_kept", "office_agents"),  # official_cells, last_passes (kin_kept)
    "after_last": ("office_agents", "forget"),  # office_agents … unit_party_rows
    "final_loop": ("forget", "check_expressions"),  # _resolve, the findings' loop
}


def seeds_text(mb: float = 1.0) -> str:
    """The seed documents (work plans, no personal data) joined and tiled to ``mb`` MB."""
    from django.conf import settings

    paths = sorted(Path(settings.GONGKAI_SEEDS_DIR).glob("*.txt"))
    one = "\n".join(p.read_text(encoding="utf-8") for p in paths)
    copies = max(1, round(mb * 1_000_000 / len(one.encode("utf-8"))))
    return "\n".join([one] * copies)


def _run_stage(stage: str, which: str = "bench") -> None:
    """Inside valgrind: build the text, warm up, run ``stage`` once ("none": nothing)."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    import django

    django.setup()
    from gongkai.privacy import corpus, scan_text
    from gongkai.privacy import scanner as s
    from gongkai.privacy.cuedpersons import cued_persons
    from gongkai.privacy.expressions import check_expressions

    if which == "seeds":
        text = seeds_text()
    else:
        text = corpus.build(per_type=400, near_miss_rounds=400, seed=2026).text
    scan_text("warm up 13812345678 申请人：张三")
    ctx = s._Context(text, None)
    base = s._candidates(ctx) + s.emails(text)  # in every process, "none" too
    calls = {
        "none": lambda: None,
        "scan": lambda: scan_text(text),
        "candidates": lambda: s._candidates(s._Context(text, None)),
        "emails": lambda: s.emails(text),
        "tables": lambda: s.table_candidates(text),
        "declared": lambda: s.declared_tables(text),
        "salutation": lambda: s.salutation_names(text),
        "listed": lambda: s.listed_names(text),
        "prose": lambda: s.names_in_prose(text),
        "personlists": lambda: s.persons_in_lists(text),
        "list_names": lambda: s.list_names(text),
        "block_names": lambda: s.block_names(text, base),
        "cued_persons": lambda: cued_persons(text, base),
        "names_near": lambda: s.names_near(text, base),
        "refine": lambda: s.refine(text, list(base)),
        "expressions": lambda: check_expressions(text),
        "has_fullwidth": lambda: s.has_fullwidth(text),
    }
    if stage.startswith("cut:"):
        _cut_scan(s, text, stage[4:])
        return
    calls[stage]()


class _Cut(Exception):
    pass


def _cut_scan(s, text: str, name: str) -> None:
    """``scan_text(text)`` stopped where ``_scan`` calls ``scanner.name`` ("": not stopped)."""
    if name:

        def stop(*_args, **_kw):
            raise _Cut

        setattr(s, name, stop)
    try:
        s.scan_text(text)
    except _Cut:
        pass
    finally:
        from gongkai.privacy.pertext import forget

        forget()


def instructions(stage: str, which: str = "bench") -> int:
    """Instructions of one process that runs ``stage`` (cachegrind's I refs)."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            __file__,
            "--stage",
            stage,
            "--text",
            which,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    m = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if m is None:
        raise RuntimeError(done.stderr[-2000:])
    return int(m.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stages", nargs="*", help=f"some of: {', '.join(STAGES)} (all)")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument(
        "--text",
        choices=("bench", "seeds"),
        default="bench",
        help="the benchmark text (default) or the seed documents tiled to 1 MB",
    )
    args = parser.parse_args()
    if args.stage:
        _run_stage(args.stage, args.text)
        return
    unknown = set(args.stages) - set(STAGES)
    if unknown:
        parser.error(f"unknown stages: {', '.join(sorted(unknown))}")
    # the first process may compile the patterns and write their cache (``regexcache``):
    # run it once so that the base and every stage read the same cache
    instructions("none", args.text)
    base = instructions("none", args.text)
    cut: dict[str, int] = {}

    def upto(name: str) -> int:  # (each stopped scan run once, shared by two parts)
        if name not in cut:
            cut[name] = instructions(f"cut:{name}", args.text) if name else base
        return cut[name]

    for stage in args.stages or STAGES:
        if stage in CUTS:
            lo, hi = CUTS[stage]
            took = upto(hi) - upto(lo)
        else:
            took = instructions(stage, args.text) - base
        print(f"{stage:14} {took / 1e6:8.0f} M instructions", flush=True)


if __name__ == "__main__":
    main()
