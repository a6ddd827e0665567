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
