"""The pages the search gives for the benchmark's query set, to check that a change of
the backend leaves them exactly as they were: 24 queries × 2 sorts × pages 1, 2 and 5,
each page's ids with the (capped) count.

    # with the code before the change, then after it, on the same database:
    DATABASE_URL=postgres://… PYTHONPATH=. .venv/bin/python benchmarks/search_pages.py --out before.json
    DATABASE_URL=postgres://… PYTHONPATH=. .venv/bin/python benchmarks/search_pages.py --compare before.json

Prints the pages that differ (none: exit 0) with --compare.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
parser.add_argument("--out", help="write the pages to this JSON file")
parser.add_argument("--compare", help="compare with the pages in this JSON file")
args = parser.parse_args()

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
os.environ["DEBUG"] = "0"

import django

django.setup()

from search_queries import QUERIES
from tqdm import tqdm

from gongkai.search.backends import Filters
from gongkai.search.selectors import search


def pages() -> dict[str, list]:
    out = {}
    cases = [
        (c, sort, page) for c in QUERIES for sort in ("relevance", "date") for page in (1, 2, 5)
    ]
    for (label, q, flt), sort, page in tqdm(cases, desc="检索页", file=sys.stderr):
        result = search(q=q, filters=Filters(**flt) if flt else None, sort=sort, page=page)
        ids = [h.doc.id for h in result.page.object_list] if result.page else []
        number = result.page.number if result.page else None
        out[f"{label}|{q}|{sort}|{page}"] = [result.total, result.capped, number, ids]
    return out


def main() -> int:
    got = pages()
    if args.out:
        Path(args.out).write_text(json.dumps(got, ensure_ascii=False, indent=0))
    if args.compare:
        expected = json.loads(Path(args.compare).read_text())
        differ = [k for k in expected if expected[k] != got.get(k)]
        for key in differ:
            print(f"不同：{key}\n  原 {expected[key]}\n  现 {got.get(key)}")
        print(f"{len(expected)} 页中 {len(differ)} 页不同")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
