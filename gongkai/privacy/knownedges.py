"""A name read one character too long where the text names the same person clearly
elsewhere (issue 16).

In running text a name's end is guessed from the characters after it: "被申请人谢强土地承包
纠纷", "指派律师曾怡承办其…" read 谢强土 and 曾怡承, the next word's first character taken
in. The same paper names its parties and lawyers with a clear edge too ("被申请人：谢强，男",
"承办律师曾怡（138…）"). So a three- or four-character name whose text less its last
character is a name the scan found elsewhere in the text, edged by a sign, a bracket or the
line's end there, while the longer form is found nowhere else, is that shorter name: the
last character opens the next word.

A person named both ways (王强 and 王强华 in one family's list) keeps both: the longer
form counts as its own once it stands with a clear edge too, or more than once, or
before a particle that follows a whole noun phrase (的, 之, 等: "继承人王强华的意见").

Cost: only the name candidates of three or four characters are looked at, against a set
of the text's two- and three-character names.
"""

from __future__ import annotations

Candidate = tuple[int, int, str, float]

# particles that follow a whole noun phrase ("继承人X的个人信息"): the name before them is
# whole, however its shorter form stands elsewhere (another person of the family)
_PARTICLES = frozenset("的之等")
_EDGE = frozenset("，,、；;。：:（()）)\t\n \u3000|\"'”》]】")


def _edged(text: str, end: int) -> bool:
    return end >= len(text) or text[end] in _EDGE


def _clear_elsewhere(text: str, short: str, at: int) -> bool:
    """Whether ``short`` stands elsewhere in the text before a clear edge."""
    k = text.find(short)
    while k >= 0:
        if k != at and _edged(text, k + len(short)):
            return True
        k = text.find(short, k + 1)
    return False


def known_edges(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with names one character too long set to the name found elsewhere."""
    size = len(text)
    # names of three or four characters running on into a Han character: the few to judge
    long = [
        c
        for c in cands
        if c[2] == "name"
        and 3 <= c[1] - c[0] <= 4
        and c[1] < size
        and "\u4e00" <= text[c[1]] <= "\u9fff"
        and text[c[1]] not in _PARTICLES
        and "\u4e00" <= text[c[1] - 1] <= "\u9fff"
    ]
    long = [c for c in long if _clear_elsewhere(text, text[c[0] : c[1] - 1], c[0])]
    if not long:
        return cands
    names = {(s, e) for s, e, k, _c in cands if k == "name"}  # (a span read by several passes once)
    clear: set[str] = set()  # the names found with a clear edge after them
    count: dict[str, int] = {}
    for s, e in names:
        value = text[s:e]
        count[value] = count.get(value, 0) + 1
        if _edged(text, e):
            clear.add(value)
    trim = set()
    for s, e, _k, _c in long:
        value = text[s:e]
        if value[:-1] in clear and value not in clear and count.get(value, 0) == 1:
            trim.add((s, e))
    if not trim:
        return cands
    return [
        (s, e - 1, k, c) if k == "name" and (s, e) in trim else (s, e, k, c) for s, e, k, c in cands
    ]
