"""A name that swallowed the first character of the label after it (issue 16, docs47).

Prose that gives a person's contact right after the name, without a sign between
("第8号上官明家庭电话…", "古丽娜尔·买买提联系电话…", "王五身份证号…"), lets a name rule
take one character too many: 上官明家, 买买提联; so does the verb of minutes ("村民代表
方秀发言：", "X表示", "X反映"): 方秀发. A name whose last character opens
such a label with the characters after it (家庭, 联系, 身份, 户籍 …) ends before it,
when at least a surname and one character (or a dotted name's parts) remain.
"""

from __future__ import annotations

from . import validators as v
from .dottededges import dotted_edges
from .spanedges import name_spans

Candidate = tuple[int, int, str, float]

# the labels a name runs into: their first character, then the rest
_LABELS = {
    "家": ("庭电话", "庭住址", "庭地址", "庭成员", "住"),
    "联": ("系电话", "系方式", "系手机", "系地址"),
    "身": ("份证",),
    "户": ("籍地", "籍所在", "口所在"),
    "手": ("机号", "机："),
    "住": ("址",),
    # or the verb of what the person said (minutes, visit reports: "村民代表X发言：")
    "发": ("言：", "言:", "言，", "表意见"),
    "表": ("示",),
    "反": ("映",),
    "介": ("绍",),
    "认": ("为",),
    # or the verb of what the person does in the matter ("指派律师X承办本案", "由X负责")
    "承": ("办",),
    "负": ("责",),
    # or the case opened against the person ("已对经营者X立案调查"; 王建立案件 is no verb)
    "立": ("案调查", "案侦查", "案查处", "案审查"),
    # or the title written right after the name ("代理人欧阳俊律师", "X医生"): the title's
    # first character is no given name's last
    "律": ("师",),
    "医": ("生", "师"),
}


# a verb opening what befell or what the person did, its object right after it ("X患尿毒症",
# "X曾任…", "X现年…"): no given name ends in it (those ``validators.GIVEN_CHARS`` holds
# are left out), so a name read through it ends before it
_VERBS = frozenset(c for c in "患曾已现均因" if c not in v.GIVEN_CHARS)


def _verb_edge(text: str, start: int, end: int) -> bool:
    last = text[end - 1]
    return (
        last in _VERBS
        and "\u4e00" <= text[end : end + 1] <= "\u9fff"
        and text[start] in v.SURNAMES
        and text[start + 1 : end - 1] != ""
        and text[start + 1] in v.GIVEN_CHARS
    )


def name_edges(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with every name ending in the first character of a label cut before it
    (and every name's other edges cut to the name: ``spanedges``)."""
    out = cands = name_spans(text, dotted_edges(text, cands))  # 买买提·吐尔逊 whole
    for k, (start, end, kind, conf) in enumerate(cands):
        if kind != "name" or end - start < 3:
            continue
        rests = _LABELS.get(text[end - 1])
        if (rests is None or not any(text.startswith(r, end) for r in rests)) and not (
            end - start == 3 and _verb_edge(text, start, end)
        ):
            continue
        if text[end - 2] == "·":
            continue  # (a dotted name's last part of one character: "阿依·家")
        if out is cands:
            out = list(cands)
        out[k] = (start, end - 1, kind, conf)
    return out
