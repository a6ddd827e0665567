"""Hired workers named after their job in prose (issue 16, docs265–266, privfix20a).

A village's or an estate's hired hands are private persons, not officials acting in office:
the cleaner (保洁员, 保洁工, 环卫工, 清洁工), the sorting guide at a bin (督导员 of 垃圾分类), the
keeper of toilets and pipes (管护员), the nursery's carer (保育员, 保育师). Complaints, replies
and penalty decisions name them after the job: "小区督导员X态度恶劣", "经督导员X劝阻拒不改正",
"村里管护员X收了清掏费", "保洁员X、Y均未领到". The name is read as after a private person's
word (``prose.weak_cue_names``): given-name characters or a sure three, a list after it.

Left alone: a post of the state's education or child welfare that ends in 督导员 (责任督学,
教育督导员, 儿童督导员: an office's); a job's word naming a list or a column (保洁员名单,
督导员姓名) or a count (保洁员3名), which gives no name.

Speed: five walks of ``str.find`` (memchr) over 员, 洁, 卫, 运 and 师, the job's word tested
where they stand; a regular expression's scan would cost 5 M instructions a megabyte.
"""

from __future__ import annotations

from .actsafter import OPENS_AFTER
from .listwords import non_name
from .prose import _listed_on, _name_at, _whole_item

Candidate = tuple[int, int, str, float]

# the jobs, each looked for by its rarest sign and that sign's place in it (``str.find``
# hands a sign to memchr; a regular expression's scan of a megabyte costs 5 M instructions)
_JOBS: dict[str, tuple[tuple[int, frozenset[str]], ...]] = {
    "员": ((2, frozenset(("督导员", "保洁员", "管护员", "保育员"))),),
    "洁": ((1, frozenset(("保洁工", "清洁工"))),),
    "卫": ((1, frozenset(("环卫工",))),),
    "运": ((1, frozenset(("清运工",))),),
    "师": ((2, frozenset(("保育师",))),),
}
# the state's posts ending in 督导员: an office's staff
_OFFICE_BEFORE = ("儿童", "教育", "责任", "政府", "督学")


def worker_names(text: str) -> list[Candidate]:
    """The names after a hired worker's job in prose (module docstring)."""
    out: list[Candidate] = []
    for end in _job_ends(text):
        if text.endswith(_OFFICE_BEFORE, 0, end - 3):
            continue
        name = _whole_item(text, end, _name_at(text, end), listed=False)
        if not name or non_name(name):
            continue
        # (a compound surname's name of four read over an act: 呼延X态度…)
        cut = next(
            (k for k in range(2, len(name)) if text[end + k : end + k + 2] in OPENS_AFTER), 0
        )
        name = name[:cut] if cut else name
        out.append((end, end + len(name), "name", 0.6))
        out += _listed_on(text, end + len(name), len(name))
    return out


def _job_ends(text: str) -> list[int]:
    """Where each job's word ends in ``text``, in order."""
    ends = []
    for sign, places in _JOBS.items():
        k = text.find(sign)
        while k >= 0:
            for at, words in places:
                if text[k - at : k - at + 3] in words:
                    ends.append(k - at + 3)
            k = text.find(sign, k + 1)
    return sorted(ends)
