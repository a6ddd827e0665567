"""This tree's privacy scanner against another git ref's, in one process: findings and speed.

    PYTHONPATH=. taskset -c 0 .venv/bin/python benchmarks/privacy_compare.py            # vs main
    PYTHONPATH=. taskset -c 0 .venv/bin/python benchmarks/privacy_compare.py --ref HEAD~3 --rounds 9

The reference scanner is ``gongkai/privacy`` of ``--ref``, taken with ``git archive`` and
imported under another package name, so both run in this process on the same texts.

Findings: every finding of both scanners (type, start, end and every other field) must be
equal on the benchmark corpus, the generated tables, the prose names, the near misses, the
seed sentences, the held-out documents (as text and, for HTML, with ``scan_html``), the
texts given in ``--texts`` (a pickle of ``(text, allow)`` pairs, e.g. recorded from the
privacy tests) and ``--splices`` random pieces of all of these cut at random offsets.
The script exits with status 1 on the first difference and prints it.

Speed: CPU time of ``scan_text`` on the benchmark corpus (``--mb``), the two scanners
alternating ``--rounds`` times, so that a busy machine slows both alike; best and median
MB/s of each, the load average before and after.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import pickle
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")

import django

django.setup()

from gongkai import privacy as here  # noqa: E402
from gongkai.privacy import corpus, tablecorpus  # noqa: E402


def load_ref(ref: str, tmp: str):
    """``gongkai/privacy`` at ``ref``, imported as the package ``privacy_ref``."""
    data = subprocess.run(
        ["git", "archive", "--format=tar", ref, "gongkai/privacy"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(tmp, filter="data")
    folder = Path(tmp) / "gongkai" / "privacy"
    spec = importlib.util.spec_from_file_location(
        "privacy_ref", folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["privacy_ref"] = module
    spec.loader.exec_module(module)
    return module


def heldout_texts() -> list[tuple[str, str]]:
    """(name, text) of every held-out document, markers removed, and the sources."""
    spec = importlib.util.spec_from_file_location(
        "privacy_heldout_evaluate", ROOT / "benchmarks" / "privacy_heldout" / "evaluate.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    out = []
    for folder in ("docs", "docs2"):
        out += [(d.name, d.text) for d in module.load(module.HERE / folder)]
    for folder in ("src", "src2"):
        for path in sorted((module.HERE / folder).iterdir()):
            out.append((f"{folder}/{path.name}", path.read_text(encoding="utf-8")))
    return out


def texts(args) -> list[tuple[str, str, list[str] | None]]:
    """(label, text, allow) of every text to compare."""
    out: list[tuple[str, str, list[str] | None]] = []
    for seed in (2026, 11, 17):
        out.append(
            (f"corpus {seed}", corpus.build(per_type=200, near_miss_rounds=200, seed=seed).text, [])
        )
    out.append(
        ("benchmark corpus", corpus.build(per_type=400, near_miss_rounds=400, seed=2026).text, None)
    )
    for seed in (2026, 5):
        out.append((f"tables {seed}", tablecorpus.build(tables=400, seed=seed).text, []))
    out.append(("prose names", corpus.build_prose_names(count=800, seed=2026).text, []))
    rng = random.Random(3)
    misses = [m for _ in range(60) for m in corpus.near_misses(rng)]
    out += [(f"near miss {k}", m, []) for k, m in enumerate(misses)]
    out.append(("seed sentences", "\n".join(corpus.seed_sentences()), None))
    out += [(f"held-out {name}", text, []) for name, text in heldout_texts()]
    if args.texts:
        with open(args.texts, "rb") as fh:
            recorded = pickle.load(fh)
        out += [(f"recorded {k}", t, a) for k, (t, a) in enumerate(recorded)]
    # random pieces, cut anywhere (the edges of a text are where windows end early)
    rng = random.Random(args.seed)
    pool = [t for _l, t, _a in out if t]
    for k in range(args.splices):
        pieces = []
        for _ in range(rng.randint(1, 4)):
            t = rng.choice(pool)
            a = rng.randrange(len(t))
            pieces.append(t[a : a + rng.randint(1, 400)])
        text = rng.choice(("", "\n", "\t", " ")).join(pieces)
        if k % 5 == 0:  # typed with a Chinese input method: full-width digits and letters
            text = text.translate(_TO_FULLWIDTH)
        out.append((f"splice {k}", text, []))
    return out


_TO_FULLWIDTH = {
    c: c - 0x21 + 0xFF01 for c in range(0x21, 0x7F) if chr(c).isalnum() or chr(c) in "-+@"
}


def compare(ref, args) -> int:
    n = 0
    for label, text, allow in texts(args):
        kwargs = {} if allow is None else {"allow": allow}
        mine = [f.as_dict() for f in here.scan_text(text, **kwargs)]
        theirs = [f.as_dict() for f in ref.scan_text(text, **kwargs)]
        if mine != theirs:
            extra = [f for f in mine if f not in theirs]
            lost = [f for f in theirs if f not in mine]
            print(f"DIFFERENT findings in {label}: only here {extra[:5]}, only in ref {lost[:5]}")
            return 1
        if label.startswith(("held-out", "recorded")) and "<" in text:
            if [f.as_dict() for f in here.scan_html(text, allow=[])] != [
                f.as_dict() for f in ref.scan_html(text, allow=[])
            ]:
                print(f"DIFFERENT scan_html findings in {label}")
                return 1
        n += len(mine)
    print(f"findings equal: {n:,} findings in every text")
    return 0


def speed(ref, args) -> None:
    base = corpus.build(per_type=400, near_miss_rounds=400, seed=2026)
    base_bytes = len(base.text.encode("utf-8"))
    text = base.text * max(1, round(args.mb * 1_000_000 / base_bytes))
    size = len(text.encode("utf-8")) / 1_000_000
    for scanner in (here, ref):
        scanner.scan_text("warm up 13812345678")
    load_before = os.getloadavg()[0]
    rates: dict[str, list[float]] = {"here": [], "ref": []}
    for k in range(args.rounds):
        order = (("here", here), ("ref", ref)) if k % 2 == 0 else (("ref", ref), ("here", here))
        for name, scanner in order:
            c = time.process_time()
            scanner.scan_text(text)
            rates[name].append(size / (time.process_time() - c))
    print(
        f"scan_text on {size:.1f} MB, {args.rounds} alternating rounds, CPU time, load "
        f"{load_before:.1f} -> {os.getloadavg()[0]:.1f}:"
    )
    for name, label in (("here", "this tree"), ("ref", f"ref {args.ref}")):
        r = rates[name]
        print(f"  {label:14} best {max(r):5.1f} MB/s, median {statistics.median(r):5.1f} MB/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default="main", help="git ref of the reference scanner")
    parser.add_argument("--mb", type=float, default=2.6, help="size of the timed text in MB")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--texts", help="pickle of (text, allow) pairs to compare as well")
    parser.add_argument("--splices", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-compare", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ref = load_ref(args.ref, tmp)
        if not args.no_compare and compare(ref, args):
            return 1
        if not args.no_speed:
            speed(ref, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
