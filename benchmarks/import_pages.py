"""Score `import-pages` on held-out saved pages the tests never saw.

    PYTHONPATH=. .venv/bin/python benchmarks/import_pages.py [--verbose]

benchmarks/import_pages/ holds pages written after the extractor was finished, in
layouts the test fixtures do not use, and expected.json with, for each page, the seven
fields (title, organ, doc_number, index_number, topic, written_on, published_at), chrome
strings that must be gone from the body and body sentences that must be kept. Prints
the share of fields right, of chrome gone and of sentences kept, and every miss, for
each set ("set" in expected.json: set 1 was written once the extractor was finished,
set 2 after the fixes that set 1's first run led to) and for all of them.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")

FIELDS = ("title", "organ", "doc_number", "index_number", "topic", "written_on", "published_at")


def main() -> None:
    from gongkai.publishing.importing import parse_page, read_file

    verbose = "--verbose" in sys.argv
    folder = HERE / "import_pages"
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    sets = sorted({w.get("set", 1) for w in expected.values()})
    for number in [*sets, None]:
        chosen = {k: w for k, w in expected.items() if number is None or w.get("set") == number}
        label = "all sets" if number is None else f"set {number}"
        score(chosen, folder, label, parse_page, read_file, verbose)


def score(expected, folder, label, parse_page, read_file, verbose) -> None:
    fields_ok = fields_all = gone_ok = gone_all = kept_ok = kept_all = 0
    misses = []
    started = time.perf_counter()
    for name, want in sorted(expected.items()):
        page = parse_page(*read_file(folder / name))
        got = page.as_dict()
        for key in FIELDS:
            fields_all += 1
            if got[key] == want["fields"][key]:
                fields_ok += 1
            else:
                misses.append(f"{name}: {key} = {got[key]!r}, expected {want['fields'][key]!r}")
        body = got["body"]
        for marker in want["gone"]:
            gone_all += 1
            if marker in body:
                misses.append(f"{name}: chrome left in body: {marker!r}")
            else:
                gone_ok += 1
        for sentence in want["kept"]:
            kept_all += 1
            if sentence in body:
                kept_ok += 1
            else:
                misses.append(f"{name}: body sentence lost: {sentence!r}")
        if verbose:
            print(json.dumps(got, ensure_ascii=False, indent=1))
    elapsed = time.perf_counter() - started
    print(f"{label}: {len(expected)} pages ({elapsed * 1000 / len(expected):.1f} ms/page)")
    print(f"fields right:        {fields_ok}/{fields_all} = {fields_ok / fields_all:.3f}")
    print(f"boilerplate gone:    {gone_ok}/{gone_all} = {gone_ok / gone_all:.3f}")
    print(f"body sentences kept: {kept_ok}/{kept_all} = {kept_ok / kept_all:.3f}")
    for miss in misses:
        print("  miss:", miss)


if __name__ == "__main__":
    main()
