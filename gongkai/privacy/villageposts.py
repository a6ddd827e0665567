"""A person noted by a village's or a community's post, and the line given with them
(issue 16, privfix27c, docs305).

A household's row is often vouched for by its village: "已核实，村委会证明人：X（村支书），电话
0xxx-…", "经Y（村委会主任）确认", "证明人：Z（社区党支部书记）". The village committee's
secretary or director acts for the committee there (README: a witness noted by the
committee alone, "X（村委会）", stands for it; ``stationnotes``: X（某村网格员）), and a
fixed line right after the note is the committee's (a unit's phone, README). The name
before such a note is dropped, and so is a landline standing after it within the clause
("，电话 …", "，联系电话：…").

Not so: a former holder ("（原村会计）", "（曾任村委会主任）", "（退休村干部）": a witness in their own right, as
docs52 marks them), a note that only relates the person to a post ("（村支书之子）", "（村主任亲属）"), a
resident's note ("（村民）", "（某村3组）"), a mobile after the note (a cadre's own mobile is
marked, README privfix19c).

Cost: only the character after each name is looked at; the note is matched only where it
is a bracket.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_NOTE = re.compile(
    r"[（(](?![原前退已曾离])[\u4e00-\u9fff]{0,8}?(?:村|社区|居委会|村委会|居委|村委)(?:党支部|党总支|两委|党委)?"
    r"(?:支书|书记|副书记|主任|副主任|委员|会计|文书|监委会主任)[）)]"
)
_PHONE_LEAD = re.compile(r"[，,、；;\s]{0,2}(?:联系)?(?:电话|座机)?[：:]?\s{0,2}$")


def village_posts(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names noted by a village's post and the landline after them."""
    if "（" not in text and "(" not in text:
        return cands
    ends = []
    for c in cands:
        if c[2] == "name" and text[c[1] : c[1] + 1] in ("（", "("):
            m = _NOTE.match(text, c[1])
            if m:
                ends.append((c, m.end()))
    if not ends:
        return cands
    drop = {c for c, _ in ends}
    for c in cands:
        if c[2] == "landline":
            for _, end in ends:
                if end <= c[0] <= end + 12 and _PHONE_LEAD.match(text[end : c[0]]):
                    drop.add(c)
    return [c for c in cands if c not in drop]
