"""A class's sign read as a surname (issue 16, privfix27c, docs305).

A pupil is described by the class they attend: "某中学高二（9）班学生", "七年级3班学生",
"2021级（4）班学员". 班 is a surname too, so "班学生" / "班学员" after the class's number reads
as a three-character name, yet it is the class's word and the pupil's role. A name candidate
that begins with 班 right after a closing bracket or a digit (the class's number) is dropped;
班 after a sign of a sentence (the surname of a person: "由班志强负责", "，班学军") stays.

Cost: one comparison per name candidate (its first character), nothing else unless it is 班.
"""

from __future__ import annotations

Candidate = tuple[int, int, str, float]

_NUMBER_END = frozenset("）)0123456789０１２３４５６７８９")


def class_students(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names that open with a class's 班 after its number."""
    for c in cands:  # (the list rebuilt only when a name opens with 班: privspeed27b)
        if c[2] == "name" and text[c[0]] == "班" and text[c[0] - 1 : c[0]] in _NUMBER_END:
            break
    else:
        return cands
    return [
        c
        for c in cands
        if c[2] != "name" or text[c[0]] != "班" or text[c[0] - 1 : c[0]] not in _NUMBER_END
    ]
