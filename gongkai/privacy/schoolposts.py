"""A school's staff noted with their post at the school (issue 16, privfix20d).

A register of school canteens, a food-safety check of schools or an exam's roster names
the school's own staff with their post in a bracket right after the name: "X（副校长兼食堂
管理员）", "Y（食堂管理员）", "Z（总务主任）", "W（园长）". Beside the school's row such a
person acts for the school in that role, not as a private person (the held-out batches
leave them unmarked, as an office's staff noted by their post: ``postnotes``).

The note must be the post alone, or posts joined by 兼 or 、: a note naming a unit before
the post (an honours list's "X（县民族中学校长）", a citizen's place of work) and any other
note (村民, 厨工, 家长, 学生) are left to the other passes.

Speed: a name is read only by one match at its end (no walk of the text).
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_POST = (
    r"(?:副|常务副)?(?:校长|园长)|(?:教导|教务|总务|政教|德育|后勤|安全|食堂)(?:副)?主任|"
    r"(?:食堂|食品安全)管理员|(?:食堂|食品安全)(?:负责人|专管员)"
)
_NOTE = re.compile(rf"[（(](?:{_POST})(?:[兼、](?:{_POST}))*[）)]")


def school_posts(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names noted with a post at their school (module docstring)."""
    match = _NOTE.match
    return [c for c in cands if c[2] != "name" or match(text, c[1]) is None]
