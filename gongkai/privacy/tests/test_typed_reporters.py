"""An export's reporter keyed by the role's own prefix (``bsr`` beside ``bsrsf`` saying
灾情速报员) and its reviewer (``shr``) recurring over households' records act in their role
(privfix20c: servingposts, recurringkeys)."""

import json

from .spans import found

RECORDS = [
    ("阿不都拉·吐尔逊", "13899152736", "买买提·艾力", "热依拉·阿西木"),
    ("阿不都拉·吐尔逊", "13899152736", "吐尔逊古丽·热合曼", "热依拉·阿西木"),
    ("努尔买买提·库尔班", "15199841203", "艾则孜·托合提", "古丽扎尔·阿西木"),
    ("努尔买买提·库尔班", "15199841203", "玉苏甫·买合木提", "古丽扎尔·阿西木"),
    ("阿不都拉·吐尔逊", "13899152736", "帕提古丽·吾斯曼", "热依拉·阿西木"),
    ("努尔买买提·库尔班", "15199841203", "亚森·卡德尔", "古丽扎尔·阿西木"),
]
IDS = [
    "653130196705045175",
    "65313019720818518X",
    "653130195802114473",
    "65313019750923597X",
    "653130198007066189",
    "653130196204168213",
]


def _export(kind="灾情速报员"):
    lines = []
    for (bsr, phone, head, shr), sfzh in zip(RECORDS, IDS, strict=True):
        rec = {"bsr": bsr, "bsrsf": kind, "bsrsj": phone, "hzxm": head, "sfzh": sfzh, "shr": shr}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def test_reporters_and_reviewers_dropped_households_kept():
    text = _export()
    got = {text[s:e] for _k, s, e in found(text, {"name"})}
    assert got == {r[2] for r in RECORDS}


def test_reporters_of_a_private_kind_kept():
    text = _export("群众")
    got = {text[s:e] for _k, s, e in found(text, {"name"})}
    assert "努尔买买提·库尔班" in got
