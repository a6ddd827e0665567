#!/usr/bin/env python3
"""Mutation testing of the legal core (`make mutation`; not part of CI).

Each mutant changes one thing in one module — a comparison (``<`` ↔ ``<=``, ``==`` ↔
``!=``, ``in`` ↔ ``not in`` …), an arithmetic or augmented operator (``+`` ↔ ``-``,
``|=`` → ``&=`` …), a number constant (n → n + 1), a boolean constant, ``and`` ↔ ``or``,
or drops a ``not`` — and the tests of that module run against it (only those test files,
stopping at the first failure). A mutant the tests do not notice *survived*: either a
test is missing or the mutant is equivalent (listed with the reason in
``gongkai/foi/README.md``).

Usage::

    python scripts/mutate.py [MODULE ...] [--list] [--json] [--only N,M]

MODULE is a key of ``TARGETS`` (``workdays``, ``fees``, ``clock``, ``checks``); default all,
one after another (the machine is shared: one pytest at a time, ``-n 0``). The mutated
module is never written to disk: a parent process imports Django and the code once, and
each mutant runs in a forked child whose module is patched in memory (every function gets
the mutated code, so names imported elsewhere run it too), against a test database made
once in a temporary folder. A progress bar goes to stderr; ``--json`` prints only the result.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: module key → (source file, the test files that pin it)
TARGETS: dict[str, tuple[str, list[str]]] = {
    "workdays": (
        "gongkai/core/workdays.py",
        [
            "gongkai/core/tests/test_workdays_edges.py",
            "gongkai/core/tests/test_workdays.py",
            "gongkai/core/tests/test_holidays.py",
        ],
    ),
    "fees": (
        "gongkai/foi/fees.py",
        ["gongkai/foi/tests/test_fees_edges.py", "gongkai/foi/tests/test_fees.py"],
    ),
    "clock": (
        "gongkai/foi/clock.py",
        [
            "gongkai/foi/tests/test_clock_edges.py",
            "gongkai/foi/tests/test_clock_rules.py",
            "gongkai/foi/tests/test_clock.py",
        ],
    ),
    "checks": (
        "gongkai/reports/checks.py",
        ["gongkai/reports/tests/test_checks_edges.py", "gongkai/reports/tests/test_checks.py"],
    ),
}

COMPARE_SWAPS: dict[type, list[type]] = {
    ast.Lt: [ast.LtE],
    ast.LtE: [ast.Lt],
    ast.Gt: [ast.GtE],
    ast.GtE: [ast.Gt],
    ast.Eq: [ast.NotEq],
    ast.NotEq: [ast.Eq],
    ast.In: [ast.NotIn],
    ast.NotIn: [ast.In],
    ast.Is: [ast.IsNot],
    ast.IsNot: [ast.Is],
}
BINOP_SWAPS: dict[type, type] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.FloorDiv,
    ast.FloorDiv: ast.Mult,
    ast.Div: ast.Mult,
    ast.Mod: ast.FloorDiv,
    ast.BitOr: ast.BitAnd,
    ast.BitAnd: ast.BitOr,
}


@dataclass(frozen=True)
class Mutant:
    index: int  # position of the node in the walk
    line: int
    kind: str
    detail: str
    choice: int = 0


def _walk(tree: ast.AST) -> list[ast.AST]:
    """Nodes in a fixed order, skipping docstrings, annotations and decorators (a cache
    size or a type is not a rule)."""
    out: list[ast.AST] = []

    def visit(node: ast.AST) -> None:
        out.append(node)
        for name, value in ast.iter_fields(node):
            if name in ("annotation", "returns", "decorator_list", "type_comment"):
                continue
            items = value if isinstance(value, list) else [value]
            for k, child in enumerate(items):
                if not isinstance(child, ast.AST):
                    continue
                if (
                    name == "body"
                    and k == 0
                    and isinstance(child, ast.Expr)
                    and isinstance(child.value, ast.Constant)
                    and isinstance(child.value.value, str)
                ):
                    continue  # docstring
                visit(child)

    visit(tree)
    return out


def _name(op: type | ast.AST) -> str:
    symbols = {
        "Lt": "<",
        "LtE": "<=",
        "Gt": ">",
        "GtE": ">=",
        "Eq": "==",
        "NotEq": "!=",
        "In": "in",
        "NotIn": "not in",
        "Is": "is",
        "IsNot": "is not",
        "Add": "+",
        "Sub": "-",
        "Mult": "*",
        "FloorDiv": "//",
        "Div": "/",
        "Mod": "%",
        "BitOr": "|",
        "BitAnd": "&",
        "And": "and",
        "Or": "or",
    }
    key = op.__name__ if isinstance(op, type) else type(op).__name__
    return symbols.get(key, key)


def mutants_of(source: str) -> list[Mutant]:
    out: list[Mutant] = []
    for i, node in enumerate(_walk(ast.parse(source))):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Compare):
            for j, op in enumerate(node.ops):
                for k, new in enumerate(COMPARE_SWAPS.get(type(op), [])):
                    out.append(
                        Mutant(i, line, "compare", f"{_name(op)} → {_name(new)}", j * 10 + k)
                    )
        elif isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in BINOP_SWAPS:
            new = BINOP_SWAPS[type(node.op)]
            kind = "augassign" if isinstance(node, ast.AugAssign) else "operator"
            out.append(Mutant(i, line, kind, f"{_name(node.op)} → {_name(new)}"))
        elif isinstance(node, ast.BoolOp):
            other = ast.Or if isinstance(node.op, ast.And) else ast.And
            out.append(Mutant(i, line, "boolean", f"{_name(node.op)} → {_name(other)}"))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            out.append(Mutant(i, line, "not", "not x → x"))
        elif isinstance(node, ast.Constant):
            value = node.value
            if isinstance(value, bool):
                out.append(Mutant(i, line, "constant", f"{value} → {not value}"))
            elif isinstance(value, int):
                out.append(Mutant(i, line, "constant", f"{value} → {value + 1}"))
    return out


def apply(source: str, mutant: Mutant) -> str:
    tree = ast.parse(source)
    node = _walk(tree)[mutant.index]
    if isinstance(node, ast.Compare):
        j, k = divmod(mutant.choice, 10)
        node.ops[j] = COMPARE_SWAPS[type(node.ops[j])][k]()
    elif isinstance(node, (ast.BinOp, ast.AugAssign)):
        node.op = BINOP_SWAPS[type(node.op)]()
    elif isinstance(node, ast.BoolOp):
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif isinstance(node, ast.UnaryOp):
        parent = next(
            p
            for p in ast.walk(tree)
            for f, v in ast.iter_fields(p)
            if v is node or (isinstance(v, list) and any(x is node for x in v))
        )
        for f, v in ast.iter_fields(parent):
            if v is node:
                setattr(parent, f, node.operand)
            elif isinstance(v, list):
                for n, x in enumerate(v):
                    if x is node:
                        v[n] = node.operand
    elif isinstance(node, ast.Constant):
        node.value = (not node.value) if isinstance(node.value, bool) else node.value + 1
    return ast.unparse(tree) + "\n"


def _patch(module, source: str) -> None:
    """Make ``module`` run ``source``: every function (and method) keeps its identity and
    gets the mutated code and defaults, so that names imported elsewhere (``from x import
    f``) run the mutant too; other module-level values are replaced."""
    import types

    namespace: dict = {"__name__": module.__name__, "__file__": module.__file__}
    exec(compile(source, module.__file__, "exec"), namespace)  # noqa: S102 (the mutant)

    def patch_function(old, new) -> None:
        old = getattr(old, "__wrapped__", old)
        new = getattr(new, "__wrapped__", new)
        if isinstance(old, types.FunctionType) and isinstance(new, types.FunctionType):
            if old.__code__.co_freevars == new.__code__.co_freevars:
                old.__code__ = new.__code__
            old.__defaults__ = new.__defaults__
            old.__kwdefaults__ = new.__kwdefaults__

    for name, new in namespace.items():
        if name.startswith("__"):
            continue
        old = getattr(module, name, None)
        if old is None or getattr(new, "__module__", module.__name__) != module.__name__:
            setattr(module, name, new)
        elif isinstance(new, types.FunctionType) or hasattr(new, "__wrapped__"):
            patch_function(old, new)
        elif isinstance(new, type) and isinstance(old, type):
            for attr, value in vars(new).items():
                target = vars(old).get(attr)
                if isinstance(value, (staticmethod, classmethod)):
                    value, target = value.__func__, getattr(target, "__func__", None)
                if isinstance(value, property):
                    for part in ("fget", "fset", "fdel"):
                        if getattr(value, part) and getattr(target, part, None):
                            patch_function(getattr(target, part), getattr(value, part))
                elif isinstance(value, types.FunctionType) and target is not None:
                    patch_function(target, value)
        else:
            setattr(module, name, new)


def _pytest_args(tests: list[str]) -> list[str]:
    return [
        *tests,
        "-x",
        "-q",
        "-p",
        "no:randomly",
        "-p",
        "no:cacheprovider",
        "-p",
        "pytest_django.plugin",
        "--reuse-db",
        "-m",
        "not browser and not heavy",
    ]


def _run_in_fork(module_name: str, source: str | None, tests: list[str], timeout: int) -> str:
    """Run the tests in a forked child with the module patched to ``source``: the parent
    has paid for Python, Django and the imports once."""
    import importlib
    import signal

    pid = os.fork()
    if pid == 0:  # child
        try:
            # the child's output: nowhere, or the file MUTATE_LOG names (to debug a run)
            log = os.open(
                os.environ.get("MUTATE_LOG") or os.devnull, os.O_WRONLY | os.O_CREAT | os.O_TRUNC
            )
            os.dup2(log, 1)
            os.dup2(log, 2)
            if source is not None:
                _patch(importlib.import_module(module_name), source)
            import pytest

            code = pytest.main(_pytest_args(tests))
        except BaseException:
            code = 3
        os._exit(int(code))
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return "timeout"
        time.sleep(0.05)
    code = os.waitstatus_to_exitcode(status)
    if code == 0:
        return "survived"
    if code == 1:
        return "killed"
    return f"error {code}"


def _prepare(module_name: str, var: Path) -> None:
    """Import once, in the parent: Django set up, the target and the code the tests use."""
    import importlib

    os.environ["GONGKAI_VAR_DIR"] = str(var)
    # only pytest-django: the other installed plugins (browsers, API fuzzing) cost seconds
    # per mutant and these tests do not use them
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    os.environ["GONGKAI_TESTING"] = "1"  # the test settings (immediate tasks …)
    import django
    import pytest  # noqa: F401  (before the settings: they look for it)
    import pytest_django.plugin  # noqa: F401

    django.setup()
    import time_machine  # noqa: F401

    import gongkai.testing  # noqa: F401

    importlib.import_module(module_name)
    for name in ("gongkai.foi.services", "gongkai.reports.services", "gongkai.core.services"):
        importlib.import_module(name)


def run_module(key: str, *, only: set[int] | None, quiet: bool) -> dict:
    from tqdm import tqdm

    source_path, tests = TARGETS[key]
    module_name = source_path.removesuffix(".py").replace("/", ".")
    source = (ROOT / source_path).read_text(encoding="utf-8")
    mutants = mutants_of(source)
    results = []
    with tempfile.TemporaryDirectory(prefix=f"mutate-{key}-") as tmp:
        var = Path(tmp) / "var"
        var.mkdir()
        _prepare(module_name, var)
        # the unmutated tests must pass first (and this run creates the reused database)
        started = time.monotonic()
        status = _run_in_fork(module_name, None, tests, timeout=1800)
        if status != "survived":
            raise SystemExit(f"{key}: the tests fail without any mutant ({status})")
        baseline = time.monotonic() - started
        status = _run_in_fork(module_name, source, tests[:1], timeout=600)
        if status != "survived":
            raise SystemExit(f"{key}: the tests fail with the module re-executed ({status})")
        # a mutant that loops for ever is killed by the timeout: pure edge tests take
        # seconds (workdays, fees, checks); clock's end with database tests
        edge_timeout = 240 if key == "clock" else 45
        full_timeout = int(max(60, baseline * 2))
        bar = tqdm(mutants, desc=key, unit="mutant", file=sys.stderr, disable=quiet)
        for n, mutant in enumerate(bar):
            if only is not None and n not in only:
                continue
            started = time.monotonic()
            mutated = apply(source, mutant)
            # the module's edge tests first (fast, no database): most mutants die there;
            # the survivors face every test file of the module
            status = _run_in_fork(module_name, mutated, tests[:1], edge_timeout)
            if status == "survived":
                status = _run_in_fork(module_name, mutated, tests, full_timeout)
            results.append(
                {
                    "n": n,
                    "line": mutant.line,
                    "kind": mutant.kind,
                    "change": mutant.detail,
                    "status": status,
                    "seconds": round(time.monotonic() - started, 1),
                }
            )
    killed = sum(1 for r in results if r["status"] in ("killed", "timeout"))
    errors = [r for r in results if r["status"].startswith("error")]
    return {
        "module": source_path,
        "mutants": len(results),
        "killed": killed,
        "timeouts": sum(1 for r in results if r["status"] == "timeout"),
        "errors": len(errors),
        "rate": round(100 * killed / len(results), 1) if results else None,
        "survivors": [r for r in results if r["status"] == "survived"],
        "error_samples": errors[:3],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mutation testing of the legal core")
    parser.add_argument("modules", nargs="*", help=f"any of {', '.join(TARGETS)}")
    parser.add_argument("--list", action="store_true", help="list the mutants, run nothing")
    parser.add_argument("--json", action="store_true", help="print only the JSON result")
    parser.add_argument("--only", help="comma-separated mutant numbers to run")
    parser.add_argument("--emit", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    keys = args.modules or list(TARGETS)
    unknown = [k for k in keys if k not in TARGETS]
    if unknown:
        parser.error(f"unknown module {unknown}; choose from {', '.join(TARGETS)}")
    if args.list:
        for key in keys:
            source = (ROOT / TARGETS[key][0]).read_text(encoding="utf-8")
            for n, m in enumerate(mutants_of(source)):
                print(f"{key} #{n} line {m.line}: {m.kind} {m.detail}")
        return 0
    only = {int(x) for x in args.only.split(",")} if args.only else None
    if len(keys) > 1:  # one module per process: each imports its own code once
        report = []
        for key in keys:
            cmd = [sys.executable, __file__, key, "--emit" if not args.json else "--json"]
            if args.only:
                cmd += ["--only", args.only]
            out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
            report += json.loads(out)
    else:
        report = [run_module(keys[0], only=only, quiet=args.json)]
    if args.emit:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    for r in report:
        print(f"{r['module']}: {r['killed']}/{r['mutants']} killed ({r['rate']} %)")
        for s in r["survivors"]:
            print(f"  survived #{s['n']} line {s['line']}: {s['kind']} {s['change']}")
        for e in r["error_samples"]:
            print(f"  error #{e['n']} line {e['line']}: {e['status']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
