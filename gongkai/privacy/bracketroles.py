"""A name followed by a bracket naming its office's role: an official acting in office.

"X（人民监督员）", "Y（检察听证员）", "Z（审判员）", "W（书记员）": the bracket right after a
name says the post the person holds in the proceeding the text reports, a post of an
organ (its supervisors, hearing officers, judges, clerks, mediators, police), so the
person acts in office whatever the sentence around. The items of a list joined by 、 right
before such a name, with no bracket of their own, share its bracket ("X、Y（人民监督员）":
both), as a list's note reads for all of it; an item with its own bracket, or one joined
by 和 / 及 (a new group), keeps what its own note says. A private role in the bracket
(监护人, 证人, 村民代表, 申请人) is no post of an organ and changes nothing, nor is a
villager's service (调解员, 网格员: a representative noted "（调解员）" stays a person).

Speed: the role's closing words (员）, 官）, 长）) are looked for once a text; only then is
a name's bracket read.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

# the office's roles in a proceeding, a qualifier before them (人民, 检察, 特邀, 首席 …)
_ROLE = re.compile(
    r"[（(](?:均为|均系|系|为)?[\u4e00-\u9fff]{0,4}?"
    r"(?:监督员|听证员|陪审员|审判员|审判长|检察官|检察员|书记员|仲裁员|执行员|"
    r"法官助理|法官|民警|干警|法警|执法人员)[）)]"
)
_CUES = ("员）", "官）", "员)", "官)", "长）", "警）", "警)", "员等）")
_GAP = " \u3000"


def bracket_roles(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names followed by an office's role in brackets (and the items of
    their 、-list before them with no bracket of their own)."""
    if not any(c in text for c in _CUES[:6]):
        return cands
    ends: dict[int, int] = {}
    marked: list[int] = []
    for i, (_s, e, kind, _) in enumerate(cands):
        if kind != "name":
            continue
        ends[e] = i
        if text[e : e + 1] in "（(" and _ROLE.match(text, e):
            marked.append(i)
    if not marked:
        return cands
    drop = set(marked)
    for i in marked:
        pos = cands[i][0]
        while True:
            k = pos
            while k > 0 and text[k - 1] in _GAP:
                k -= 1
            if text[k - 1 : k] != "、":
                break
            k -= 1
            while k > 0 and text[k - 1] in _GAP:
                k -= 1
            j = ends.get(k)
            if j is None:
                break
            drop.add(j)
            pos = cands[j][0]
    return [c for i, c in enumerate(cands) if i not in drop]
