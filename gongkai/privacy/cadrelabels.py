"""A fixed line under a label of the cadre who looks after a household (issue 16, privfix26b,
docs298).

A household's record or screening form gives, beside the household's own phones, the cadre
its office charges with it and that cadre's phone under a label of its own:
"帮扶责任人电话：0915-4312021", "结对干部联系电话：0736-…", "包户干部电话：…". The cadre acts in
office (README; ``headerroles``), and a fixed line given for them is their office's, as a
landline under 帮扶责任人电话 in a table's column is (``officialphones.cadre_phone``, which
reads columns). So a landline right after such a label is dropped. A mobile there stays a
finding: a cadre's own mobile under a label for that person's phone is marked (README,
privfix19c); so does a landline under the household's own labels (联系电话, 备用电话).

Cost: no walk of the text: nothing is read unless a landline was found, then the character
before each landline, and the label matched only where it is a colon or a space.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_LABEL_END = frozenset("：: \u3000")
_LABEL = re.compile(
    r"(?:帮扶|结对|包保|包户|包村|驻村|联户)(?:帮扶)?(?:责任人|干部|人|工作队员?|队员)"
    r"(?:联系|办公)?(?:电话|座机|固话|方式)[:：][ \u3000]*$"
)


def cadre_labels(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the landlines right after a label of a household's cadre's phone."""
    if not any(c[2] == "landline" for c in cands):
        return cands
    return [
        c
        for c in cands
        if c[2] != "landline"
        or text[c[0] - 1 : c[0]] not in _LABEL_END
        or not _LABEL.search(text, c[0] - 20 if c[0] > 20 else 0, c[0])
    ]
