"""A person named in quotes as who signed or collected something (issue 16, docs56's
class): a complaint quotes the name a delivery system shows, "系统显示由“张三”代签",
"被‘李四’冒领", "签收人显示为"王五"签收". The quotes cut the name whole, and the verb
after them (代签, 签收, 冒领 …) says a person did it; a role in quotes ("门卫", "家人",
"本人") is no name: the run must be a plausible name or one the model of names holds
likely.
"""

from __future__ import annotations

import re

from . import namemodel as nm
from . import validators as v
from .listwords import non_name

Candidate = tuple[int, int, str, float]

# led by the opening quote (a character class the engine seeks fast)
_QUOTED = re.compile(
    r"[“\"「『‘']([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6})[”\"」』’']"
    r"(?:代为|本人|私自|擅自)?(?:代签|签收|签字|签名|签署|代收|代领|冒领|冒签|领取|取走|收取)"
)


def quoted_signers(text: str) -> list[Candidate]:
    """Names in quotes right before a verb of signing or collecting."""
    if "签" not in text and "领" not in text and "取" not in text and "收" not in text:
        return []
    out: list[Candidate] = []
    for m in _QUOTED.finditer(text):
        run = m.group(1)
        if non_name(run):
            continue
        if (
            "·" in run
            or v.plausible_name(run, strict=len(run) == 2)
            or (len(run) > 2 and nm.score(run) >= 0.5)
        ):
            out.append((m.start(1), m.end(1), "name", 0.7))
    return out
