"""The scanner's patterns compiled from a cache (``gongkai.privacy.regexcache``).

The patterns built from the stored programs are the same objects ``re`` builds (equal
code, flags and groups), an edited or damaged file only costs compiling again, and
``re`` is left as it was once the ``with`` ends.
"""

import re
from re import _compiler

import pytest

from gongkai.privacy import regexcache

PATTERNS = [
    (r"(?P<year>\d{4})年(?P<month>\d{1,2})月", 0),
    (r"(?<![\dXx])1[3-9]\d{9}(?!\d)", 0),
    (r"[a-z]+@(?:[a-z0-9-]+\.)+[a-z]{2,}", re.IGNORECASE),
    (r"^\s*(?:户主|姓名)[:：]\s*(\S{2,4})$", re.MULTILINE),
]


@pytest.fixture
def cache_file(tmp_path, monkeypatch):
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(regexcache, "CACHE", path)
    return path


def compiled(pattern: str, flags: int):
    re.purge()  # past re's own cache, to the compiler
    return re.compile(pattern, flags)


def same(a: re.Pattern, b: re.Pattern) -> bool:
    return (a, a.flags, a.groups, a.groupindex) == (b, b.flags, b.groups, b.groupindex)


def test_patterns_from_the_file_are_the_ones_re_builds(cache_file):
    plain = [_compiler.compile(p, f) for p, f in PATTERNS]
    with regexcache.cached_patterns():
        first = [compiled(p, f) for p, f in PATTERNS]
    assert cache_file.exists()
    with regexcache.cached_patterns():
        again = [compiled(p, f) for p, f in PATTERNS]
        assert regexcache._missed == 0  # every program read from the file
    for a, b, c in zip(plain, first, again, strict=True):
        assert same(a, b) and same(a, c)
    assert again[0].match("2024年3月").group("month") == "3"
    assert _compiler.compile is not regexcache._compile


def test_new_and_damaged_entries_are_compiled(cache_file):
    with regexcache.cached_patterns():
        compiled(*PATTERNS[0])
    with regexcache.cached_patterns():  # one pattern more than the file holds
        assert same(compiled(*PATTERNS[1]), _compiler.compile(*PATTERNS[1]))
        assert regexcache._missed == 1
    cache_file.write_bytes(b"not a marshalled dict")
    with regexcache.cached_patterns():
        assert same(compiled(*PATTERNS[2]), _compiler.compile(*PATTERNS[2]))


def test_errors_and_bytes_patterns_as_re_gives_them(cache_file):
    with regexcache.cached_patterns():
        with pytest.raises(re.error):
            compiled("(unclosed", 0)
        assert compiled(rb"\d+", 0).match(b"12")
