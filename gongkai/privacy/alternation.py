"""One regular expression for many words, arranged so that the engine tries fewer branches.

Python's engine tries the branches of ``a|b|c`` one after the other at every position
where the first character of some branch stands. With a hundred words that is a hundred
comparisons at each such position (and CJK texts hold many: 信, 一, 公 …). ``factor``
rewrites the alternation without changing what it matches:

- branches that start with the same literal character share it
  (``户主姓名|户主|户名`` → ``户(?:主(?:姓名|)|名)``), recursively;
- below the top, consecutive branches that differ only in their first character become
  one branch with a character class (``写信人|来信人`` → ``[写来]信人``). Not at the
  top: the engine skips fast to the next possible first character only when every
  branch there starts with a literal one.

Both keep the order of the branches that can match at one position, which is what
decides the result of an ordered alternation: two branches that start with different
literal characters never match at the same position, so moving one past the other
changes nothing; a branch that does not start with a literal character (a class, a
group) is never moved past another branch.
"""

from __future__ import annotations

import re
from re import _constants, _parser

_SPECIAL = frozenset(".^$*+?{}[]\\|()")
_QUANTIFIER = frozenset("?*+{")


def _head(branch: str) -> tuple[str, str] | None:
    """(first character as written, rest) when ``branch`` starts with one literal
    character that no quantifier follows; None otherwise."""
    if not branch:
        return None
    if branch[0] == "\\":
        if len(branch) < 2 or branch[1].isalnum():
            return None  # \d, \w, \1 …: not one literal character
        token, rest = branch[:2], branch[2:]
    elif branch[0] in _SPECIAL:
        return None
    else:
        token, rest = branch[0], branch[1:]
    if rest[:1] in _QUANTIFIER:
        return None  # "予?" is not a fixed first character
    return token, rest


def _top_level(rest: str) -> bool:
    """Whether ``rest`` holds no ``|`` outside brackets and groups (so it can be joined)."""
    depth = 0
    in_class = False
    i = 0
    while i < len(rest):
        c = rest[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if rest[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": the first "]" is a member
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return False
        i += 1
    return True


def _mergeable(token: str) -> bool:
    """Whether a first character can stand in a class as written ("^", "-", "]" cannot)."""
    return token[-1] not in "^-]\\"


def _factor(branches: list[str], *, top: bool) -> str:
    # parts in order: (first character, [rests]) for branches grouped by a literal first
    # character, or (None, [branch]) for a branch that never moves
    parts: list[tuple[str | None, list[str]]] = []
    groups: dict[str, list[str]] = {}
    for branch in branches:
        head = _head(branch)
        if head is None:
            groups = {}  # never move a branch past one whose first character is unknown
            parts.append((None, [branch]))
            continue
        token, rest = head
        if token not in groups:
            groups[token] = []
            parts.append((token, groups[token]))
        groups[token].append(rest)
    out: list[str] = []
    k = 0
    while k < len(parts):
        token, rests = parts[k]
        if token is None:
            out.append(rests[0])
            k += 1
            continue
        if len(rests) == 1 and not top and _mergeable(token):
            # consecutive single branches with the same rest: one class
            j = k + 1
            while (
                j < len(parts)
                and parts[j][0] is not None
                and len(parts[j][1]) == 1
                and parts[j][1][0] == rests[0]
                and _mergeable(parts[j][0])
            ):
                j += 1
            if j > k + 1:
                out.append("[" + "".join(p[0] for p in parts[k:j]) + "]" + rests[0])
                k = j
                continue
        if len(rests) == 1:
            out.append(token + rests[0])
        else:
            inner = _factor(rests, top=False)
            out.append(token + inner if _top_level(inner) else f"{token}(?:{inner})")
        k += 1
    return "|".join(out)


def factor(branches: list[str]) -> str:
    """The alternation of ``branches`` (regular expressions without capturing groups
    and without a top-level ``|`` of their own), rewritten to match the same."""
    for branch in branches:
        if not _top_level(branch):
            raise ValueError(f"a branch with its own top-level '|': {branch!r}")
    # no class at the top: the engine skips to the next possible first character only
    # when every branch starts with a literal one (a class there would cost a try at
    # every position)
    return _factor(list(branches), top=True)


class _Unknown(Exception):
    """A start ``_starts`` cannot tell."""


_CATEGORIES = {
    _constants.CATEGORY_DIGIT: r"\d",
    _constants.CATEGORY_SPACE: r"\s",
    _constants.CATEGORY_WORD: r"\w",
}


def _starts(items, out: list[str]) -> bool:
    """Add to ``out`` (members of a class) the characters the parsed ``items`` can start
    with; whether they can match the empty string. Raises _Unknown for anything but
    literals, classes of literals, ranges and \\d \\s \\w, groups, alternations, repeats,
    lookarounds (a lookahead's content read as what follows)."""
    c = _constants
    for op, av in items:
        if op is c.ASSERT and av[0] == 1:
            # a lookahead: the next character is one its content starts with ("人(?=\t)")
            if not _starts(av[1], out):
                return False
            continue
        if op in (c.ASSERT, c.ASSERT_NOT):
            continue  # a lookbehind, a negative lookahead: no character read, none ruled out
        if op is c.LITERAL:
            out.append(re.escape(chr(av)))
            return False
        if op is c.IN:
            for item_op, item in av:
                if item_op is c.LITERAL:
                    out.append(re.escape(chr(item)))
                elif item_op is c.RANGE:
                    out.append(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
                elif item_op is c.CATEGORY and item in _CATEGORIES:
                    out.append(_CATEGORIES[item])
                else:
                    raise _Unknown
            return False
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # no flags of its own
            if not _starts(av[3], out):
                return False
        elif op is c.BRANCH:
            if not any([_starts(alternative, out) for alternative in av[1]]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _starts(av[2], out) and av[0] > 0:
                return False
        else:
            raise _Unknown
    return True


def _first_class(regex: str) -> str | None:
    """A class's members: every character a match of ``regex`` can start with; None when
    that is not known or the match may be empty."""
    out: list[str] = []
    try:
        if _starts(_parser.parse(regex), out):
            return None
    except (_Unknown, re.error):
        return None
    return "".join(out)


def by_second(branches: list[str]) -> str:
    """``factor(branches)`` arranged for a text where the first characters of the
    branches are common and the words rare (the word pass: 信, 一, 项 … start 7 % of the
    characters of a text). Where the engine stops at such a character, ``factor``'s
    alternation goes through all its branches (a hundred) before it gives up; this one
    reads the first character as a class, looks whether the next one can follow any
    first character (the second characters of all branches, one class: most tries end
    there), and only then tries the branches, led by their second character with the
    first read back behind it: ``户主姓名|户名`` → ``[户](?=[主名])(?:主(?<=户主)姓名|名(?<=户名))``.
    Same matches: the branches that can match at one position keep their order
    (``factor`` of the rewritten ones). ``factor`` itself where a branch's first or
    second characters are not known."""
    firsts = []
    seconds = []
    # (first character as a class member, how the rest is led, the rest): the led ones
    # start with their second character (one literal or a class, no quantifier) and
    # read the first back; the others read the first back before them
    parts: list[tuple[str, str, str]] = []
    for branch in branches:
        head = _head(branch)
        if head is None or not _top_level(branch):
            return factor(branches)
        first, rest = head
        firsts.append(re.escape(first[-1]))
        second = _head(rest) or _class_head(rest)
        if second is not None:
            seconds.append(_first_class(second[0]) or "")
            parts.append((firsts[-1], second[0], second[1]))
            continue
        starts = _first_class(rest)
        if starts is None:
            return factor(branches)
        seconds.append(starts)
        parts.append((firsts[-1], "", rest))
    rewritten = []
    k = 0
    while k < len(parts):
        # consecutive branches that differ only in their first character: one branch
        # (the plates' provinces, the numerals before 号)
        j = k + 1
        while j < len(parts) and parts[j][1:] == parts[k][1:]:
            j += 1
        behind = "".join(p[0] for p in parts[k:j])
        behind = behind if j == k + 1 else f"[{behind}]"
        _first, lead, rest = parts[k]
        rewritten.append(f"{lead}(?<={behind}{lead}){rest}" if lead else f"(?<={behind}){rest}")
        k = j
    first_class = "".join(dict.fromkeys(firsts))
    second_class = "".join(dict.fromkeys(seconds))
    return f"[{first_class}](?=[{second_class}])(?:{factor(rewritten)})"


def _class_head(rest: str) -> tuple[str, str] | None:
    """(a class of single characters as written, the rest) when ``rest`` starts with one
    that no quantifier follows: "[A-HJ-NP-Z]" of a plate."""
    if rest[:1] != "[" or rest[1:2] in ("^", "]"):
        return None
    end = rest.find("]", 1)
    if (
        end < 0
        or "\\" in rest[:end]
        or "[" in rest[1:end]
        or rest[end + 1 : end + 2] in _QUANTIFIER
    ):
        return None
    return rest[: end + 1], rest[end + 1 :]


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def led(regex: str, flags: int = 0) -> re.Pattern:
    """``re.compile(regex, flags)`` led by a lookahead of the characters a match can start
    with (``_first_class``), for an expression searched for (issue 16, speed). One that
    starts with a lookbehind, a repeat or alternatives of groups gives the engine no
    first character to skip to, so it tries every branch at every position; the class
    refuses most positions in one test (``landlineowner._OFFICE`` over a line: 3.6 times
    faster). Same matches, spans and groups: the lookahead reads no character."""
    plain = flags & (re.I | re.X) or _GLOBAL_FLAGS.match(regex)  # (must stay first)
    first = None if plain else _first_class(regex)
    return re.compile(f"(?=[{first}])(?:{regex})" if first else regex, flags)
