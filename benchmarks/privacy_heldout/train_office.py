"""Learn "acts in office" for names in tables and exports from the held-out folders, and
measure it by cross-validation over folder groups (issue 16, privfix16cc).

    python benchmarks/privacy_heldout/train_office.py [--group 10] [--cache PATH] [--write PATH]

Training examples: every ``⟦name:…⟧`` (a private person, y=0) and every ``⟦none:…⟧``
shaped like a person's name (staff acting in office, a company's 法定代表人 …, y=1) that
stands in a table's cell or an export's field with a person before it in its row or record
(``officefeatures.features`` gives it a header or a key, ``judged``). The model is a logistic
regression (L2, full-batch gradient descent, fixed epochs: deterministic), pure Python.

Cross-validation: the folders in order, in groups of ``--group`` (ten); for each group a
model is trained on all the other folders and the scanner's name findings in the group are
judged by it: a finding in a cell or a field whose margin exceeds the threshold is dropped.
The name precision and recall over all groups are printed for each threshold, beside the
scanner's without the pass. The findings and their features are taken from the scanner
itself (a hook after ``last_passes``), once for all thresholds.

``--write PATH`` trains on all folders and writes the weights (JSON: bias, threshold,
weights) with the threshold given by ``--threshold`` (default: one step above the
cross-validated best). The pass is not wired into the scanner (README of
``gongkai/privacy``, "A learned judgement of 'acts in office'"): the weights are no package
data.
"""

from __future__ import annotations

import bisect
import json
import math
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

SEED = 16
EPOCHS = 400
RATE = 0.5
L2 = 1e-4
THRESHOLDS = (0.0, 1.0, 1.5, 2.0, 2.25, 2.5, 2.75, 3.0, 3.5, 4.0)
STEP = 0.25  # the threshold written: one step above the cross-validated best


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    import django

    django.setup()


def _flat_of(doc_name: str, raw: str):
    """(flat text, flat→raw span mapper, raw→flat offset mapper)."""
    from gongkai.privacy import markup

    if not doc_name.endswith(".html"):
        return raw, (lambda s, e: (s, e)), (lambda r: r)
    flat, pieces, _tags = markup._flatten(raw)
    starts = [p[0] for p in pieces]
    raws = [p[1] for p in pieces]

    def to_raw(s: int, e: int) -> tuple[int, int]:
        return (
            markup._raw_offset(pieces, starts, s, end=False),
            markup._raw_offset(pieces, starts, e, end=True),
        )

    def to_flat(r: int) -> int | None:
        k = bisect.bisect_right(raws, r) - 1
        if k < 0:
            return None
        flat_start, raw_start, length = pieces[k]
        return flat_start + (r - raw_start) if r - raw_start < length else None

    return flat, to_raw, to_flat


def _marks(raw_marked: str):
    """(name spans, none spans) of a marked document, in the unmarked text's offsets."""
    from evaluate import MARK

    names, nones = [], []
    length = pos = 0
    for m in MARK.finditer(raw_marked):
        length += m.start() - pos
        kind, value = m.group(1), m.group(2)
        span = (length, length + len(value))
        if kind == "name":
            names.append(span)
        elif kind == "none":
            nones.append(span)
        length += len(value)
        pos = m.end()
    return names, nones


def collect() -> dict:
    """Per folder: training examples and the scanner's name findings with features."""
    import evaluate
    from officefeatures import features

    from gongkai.privacy import scan_html, scan_text, scanner, validators

    recorded: list = []
    original = scanner.last_passes

    def hooked(text, cands):
        cands = original(text, cands)
        persons = sorted((s, e) for s, e, k, _c in cands if k == "name")
        recorded.append((text, {(s, e): features(text, s, e, persons) for s, e in persons}))
        return cands

    scanner.last_passes = hooked
    data = {}
    for folder in evaluate.folders():
        examples, findings = [], []
        for path in sorted(p for p in (HERE / folder).iterdir() if p.name != "README.md"):
            marked = path.read_text(encoding="utf-8")
            doc = evaluate.parse(path.name, marked)
            names, nones = _marks(marked)
            flat, to_raw, to_flat = _flat_of(path.name, doc.text)
            # training examples from the marks
            flat_names = []
            for s, e in names:
                fs, fe = to_flat(s), to_flat(e - 1)
                if fs is not None and fe is not None:
                    flat_names.append((fs, fe + 1))
            flat_names.sort()
            for spans, y in ((names, 0), (nones, 1)):
                for s, e in spans:
                    value = doc.text[s:e]
                    if y and not validators.plausible_name(value):
                        continue
                    fs, fe = to_flat(s), to_flat(e - 1)
                    if fs is None or fe is None:
                        continue
                    f = features(flat, fs, fe + 1, flat_names)
                    if f is not None:
                        examples.append((f, y))
            # the scanner's findings, with the features at the end of last_passes
            recorded.clear()
            scan = scan_html if path.name.endswith(".html") else scan_text
            found = [f for f in scan(doc.text, allow=[]) if f.type == "name"]
            feats = {}
            for _text, spans in recorded:
                for (s, e), f in spans.items():
                    if f is not None:
                        feats[to_raw(s, e)] = f
            labels = set(names)
            for f in found:
                right = (f.start, f.end) in labels
                findings.append((right, feats.get((f.start, f.end)), path.name, f.text))
            missed = len(labels - {(f.start, f.end) for f in found})
            findings.append(("missed", missed, path.name, ""))
        data[folder] = {"examples": examples, "findings": findings}
    scanner.last_passes = original
    return data


def train(examples: list) -> tuple[float, dict[str, float]]:
    """A logistic regression by full-batch gradient descent (deterministic)."""
    counts: dict[tuple, int] = {}
    for feats, y in examples:  # alike examples counted once, with their number
        key = (tuple(sorted(feats)), y)
        counts[key] = counts.get(key, 0) + 1
    keys = sorted(counts)
    random.Random(SEED).shuffle(keys)
    index: dict[str, int] = {}
    rows = []
    for feats, y in keys:
        rows.append(([index.setdefault(f, len(index)) for f in feats], y, counts[(feats, y)]))
    w = [0.0] * len(index)
    b = 0.0
    n = sum(c for _f, _y, c in rows) or 1
    positives = sum(c for _f, y, c in rows if y)
    # class weights: the two classes count alike (few staff among many persons)
    pw = n / (2 * positives) if positives else 1.0
    nw = n / (2 * (n - positives)) if n - positives else 1.0
    hist = [1e-8] * len(w)  # AdaGrad: each weight's own step (sparse features)
    hb = 1e-8
    for _epoch in range(EPOCHS):
        grad = [0.0] * len(w)
        gb = 0.0
        for idx, y, c in rows:
            z = b + sum(w[i] for i in idx)
            p = 1 / (1 + math.exp(-z)) if z > -30 else 0.0
            g = (p - y) * (pw if y else nw) * c
            gb += g
            for i in idx:
                grad[i] += g
        gb /= n
        hb += gb * gb
        b -= RATE * gb / math.sqrt(hb)
        for i in range(len(w)):
            g = grad[i] / n + L2 * w[i]
            hist[i] += g * g
            w[i] -= RATE * g / math.sqrt(hist[i])
    names = sorted(index, key=index.get)
    return b, {f: round(w[index[f]], 4) for f in names if abs(w[index[f]]) > 1e-4}


def _score(findings: list, bias: float, weights: dict, threshold: float | None):
    from officefeatures import judged, margin

    tp = fp = fn = 0
    for right, feats, _doc, _value in findings:
        if right == "missed":
            fn += feats
            continue
        dropped = (
            threshold is not None and judged(feats) and margin(feats, weights, bias) > threshold
        )
        if dropped:
            fn += 1 if right else 0
        elif right:
            tp += 1
        else:
            fp += 1
    return tp, fp, fn


def _judged(folder: dict) -> list:
    """The folder's examples the pass judges: a name with a person before it in its row."""
    from officefeatures import judged

    return [ex for ex in folder["examples"] if judged(ex[0])]


def main() -> None:
    _setup()
    group = int(sys.argv[sys.argv.index("--group") + 1]) if "--group" in sys.argv else 10
    if "--cache" in sys.argv:  # the collected findings kept between runs (a pickle)
        import pickle

        cache = Path(sys.argv[sys.argv.index("--cache") + 1])
        if cache.exists():
            data = pickle.loads(cache.read_bytes())
        else:
            data = collect()
            cache.write_bytes(pickle.dumps(data))
    else:
        data = collect()
    folders = list(data)
    groups = [folders[k : k + group] for k in range(0, len(folders), group)]
    totals = {t: [0, 0, 0] for t in (None, *THRESHOLDS)}
    for held in groups:
        train_ex = [ex for f in folders if f not in held for ex in _judged(data[f])]
        bias, weights = train(train_ex)
        for f in held:
            for t in totals:
                tp, fp, fn = _score(data[f]["findings"], bias, weights, t)
                totals[t][0] += tp
                totals[t][1] += fp
                totals[t][2] += fn
    n_ex = sum(len(_judged(d)) for d in data.values())
    n_pos = sum(y for d in data.values() for _f, y in _judged(d))
    print(f"examples: {n_ex} ({n_pos} in office); groups of {group}: {len(groups)}")
    print(f"{'threshold':>9} {'tp':>6} {'fp':>5} {'fn':>5} {'precision':>9} {'recall':>7}")
    best = None
    base = totals[None]
    for t, (tp, fp, fn) in totals.items():
        p, r = tp / (tp + fp), tp / (tp + fn)
        print(f"{'none' if t is None else t:>9} {tp:6d} {fp:5d} {fn:5d} {p:9.4f} {r:7.4f}")
        # the best: wrong findings removed less twice the right ones lost (ties: higher)
        if t is not None and base[1] - fp >= 2 * max(1, base[0] - tp):
            gain = (base[1] - fp) - 2 * (base[0] - tp)
            if best is None or gain >= best[1]:
                best = (t, gain)
    print("cross-validated best threshold:", best)
    if "--write" in sys.argv:
        threshold = (
            float(sys.argv[sys.argv.index("--threshold") + 1])
            if "--threshold" in sys.argv
            else (best[0] + STEP if best else 99.0)
        )
        bias, weights = train([ex for d in data.values() for ex in _judged(d)])
        out = {"bias": round(bias, 4), "threshold": threshold, "weights": weights}
        path = Path(sys.argv[sys.argv.index("--write") + 1])
        path.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
        print("wrote", path, len(weights), "weights")


if __name__ == "__main__":
    main()
