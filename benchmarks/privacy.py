"""Throughput of the privacy scanner on one core, and its precision/recall per type.

    .venv/bin/python benchmarks/privacy.py            # 50 MB, as in the issue
    .venv/bin/python benchmarks/privacy.py --mb 5     # a quick run

The text is built from the seed documents with valid values of every type and near
misses injected (gongkai.privacy.corpus), tiled to the requested size. Throughput is
UTF-8 megabytes of input per second of ``scan_text`` in this single process (one core),
best of ``--repeat`` runs, measured both as CPU time of the process (what one core
delivers, unaffected by other work on a shared machine) and as wall-clock time.
``mask_text`` with those findings is timed too.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")

import django

django.setup()

from gongkai.privacy import corpus, mask_text, scan_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="size of the text in MB (UTF-8)")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    t0 = time.perf_counter()
    base = corpus.build(per_type=400, near_miss_rounds=400, seed=2026)
    base_bytes = len(base.text.encode("utf-8"))
    copies = max(1, round(args.mb * 1_000_000 / base_bytes))
    text = base.text * copies
    size_mb = len(text.encode("utf-8")) / 1_000_000
    print(
        f"text: {size_mb:.1f} MB UTF-8, {len(text):,} characters "
        f"({copies} copies of a {base_bytes / 1e6:.2f} MB labelled corpus; "
        f"built in {time.perf_counter() - t0:.1f} s)"
    )

    scan_text("warm up 13812345678")  # load the allow-list once, outside the timing
    best_cpu = best_wall = float("inf")
    findings = []
    for _ in range(args.repeat):
        c, t = time.process_time(), time.perf_counter()
        findings = scan_text(text)
        best_wall = min(best_wall, time.perf_counter() - t)
        best_cpu = min(best_cpu, time.process_time() - c)
    print(
        f"scan_text: {size_mb / best_cpu:.1f} MB/s on one core (CPU {best_cpu:.2f} s); "
        f"wall clock {best_wall:.2f} s = {size_mb / best_wall:.1f} MB/s; "
        f"{len(findings):,} findings"
    )

    t = time.perf_counter()
    masked = mask_text(text, findings)
    took = time.perf_counter() - t
    assert len(masked) == len(text)
    print(f"mask_text (given findings): {took:.2f} s, {size_mb / took:.1f} MB/s")

    print("\nprecision / recall per type on the labelled corpus (exact spans):")
    print(corpus.report(corpus.evaluate(base, scan_text(base.text, allow=[]))))
    prose = corpus.build_prose_names(count=800, seed=2026)
    s = corpus.evaluate(prose, scan_text(prose.text, allow=[]))["name"]
    print(
        f"names in running prose (8 templates, 2 without any cue): "
        f"precision {s.precision:.4f} recall {s.recall:.4f}"
    )
    target = "met" if size_mb / best_cpu >= 10 else "NOT met"
    print(f"\ntarget >= 10 MB/s on one core: {target}")


if __name__ == "__main__":
    main()
