"""The scanner's regular expressions compiled from a cache, so that a new process starts fast.

Importing the scanner compiles about 1,300 patterns, which took 0.75 s of the 1.2 s
``gongkai privacy-scan`` needed to start on one small file. Inside ``cached_patterns()``
the standard library's ``re`` still does everything (its own cache, flags, errors) but
asks this module for the compiled program of each text pattern: the output of
``re._compiler`` (the program's codes, flags and group names) is looked up by the
pattern's text and flags in a file beside the bytecode, and only a pattern not found
there is parsed and compiled. The Pattern objects built are the same as without the
cache, and the patterns a process compiles outside the ``with`` are untouched.

The file is keyed by the text of each pattern, so an edited pattern is simply missing
from it (it is compiled, and the file is written again once enough of them are);
the file's name carries the interpreter's cache tag and the engine's version, for
the programs are only valid for that version of ``_sre``.
"""

from __future__ import annotations

import _sre
import marshal
import os
import sys
import threading
from array import array
from contextlib import contextmanager, suppress
from pathlib import Path
from re import _compiler, _parser

_DEBUG = 128  # re.DEBUG: printed programs are compiled as usual
MAX_ENTRIES = 5000  # the scanner compiles about 1,300
_USABLE = array("I").itemsize == _sre.CODESIZE  # the programs are stored as these words
CACHE = (
    Path(__file__).resolve().parent
    / "__pycache__"
    / f"patterns.{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal"
)

_lock = threading.Lock()
_depth = 0
_original = None
# (pattern, flags) -> (flags, code as 32-bit words, groups, groupindex, indexgroup)
_stored: dict | None = None
_used: dict = {}  # the entries found or compiled while a ``cached_patterns()`` was open
_missed = 0


def _compile(p, flags=0):
    """``re._compiler.compile`` with the program of a text pattern read from the cache."""
    global _missed, _stored
    if type(p) is not str or flags & _DEBUG:
        return _original(p, flags)
    stored = _stored
    if stored is None:
        stored = _stored = _load()
    key = (p, flags)
    entry = stored.get(key)
    if entry is not None:
        try:
            pattern = _build(p, entry)
        except Exception:  # a damaged file: compile as usual
            entry = None
        else:
            _used[key] = entry
            return pattern
    parsed = _parser.parse(p, flags)
    code = array("I", _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = (int(flags | parsed.state.flags), code, parsed.state.groups - 1)
    entry += (groupindex, tuple(indexgroup))
    stored[key] = _used[key] = entry
    _missed += 1
    return _build(p, entry)


def _build(p: str, entry: tuple):
    """What ``re._compiler.compile`` ends with: the Pattern from its program."""
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(p, flags, array("I", code).tolist(), groups, groupindex, indexgroup)


def _load() -> dict:
    try:
        with CACHE.open("rb") as f:
            stored = marshal.load(f)  # noqa: S302 - written here, beside the bytecode
    except Exception:  # none yet, or damaged: compile and write it again
        return {}
    return stored if isinstance(stored, dict) else {}


def _save() -> None:
    """Add the patterns compiled to the file, if more than one in twenty used were.

    (A few patterns are built from sets, in another order in each process: they are
    compiled every time, at a cost of milliseconds, rather than the file rewritten.
    Patterns edited away stay in the file until it holds ``MAX_ENTRIES``; it then
    starts again from those this process used.)
    """
    if _missed * 20 <= len(_used):
        return
    entries = _stored if len(_stored) <= MAX_ENTRIES else _used
    temporary = CACHE.with_name(f"{CACHE.name}.{os.getpid()}.tmp")
    try:
        CACHE.parent.mkdir(exist_ok=True)
        with temporary.open("wb") as f:
            marshal.dump(entries, f)
        os.replace(temporary, CACHE)  # whole, even with processes writing at once
    except (OSError, ValueError):  # a read-only installation: compile every time
        with suppress(OSError):
            temporary.unlink(missing_ok=True)


@contextmanager
def cached_patterns():
    """Compile the text patterns of the code run inside from the cache (re-entrant)."""
    global _depth, _original, _stored, _used, _missed
    if not _USABLE:
        yield
        return
    with _lock:
        if _depth == 0:
            _original = _compiler.compile
            _compiler.compile = _compile
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                _compiler.compile = _original
                _save()
                _stored, _used, _missed = None, {}, 0  # the programs are in the patterns now
