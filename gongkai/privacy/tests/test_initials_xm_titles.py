"""Keys read as 姓名 only by initials before xm (xm is also 项目): a key whose values
across a JSON export mostly have no name's shape holds titles, not names."""

import json

from gongkai.privacy.tests.spans import at, found

PEOPLE = ["任晓东", "欧阳秀梅", "祁振宇", "蒙德才"]
TITLES = ["松林湿地观鸟", "北岭护林巡山", "东湖候鸟守护", "西沟河滩清洁"]


def _jsonl(key, values):
    return "".join(
        json.dumps({"bh": f"A{k}", "xm": p, key: v, "rq": "2025-05-01"}, ensure_ascii=False) + "\n"
        for k, (p, v) in enumerate(zip(PEOPLE, values, strict=True))
    )


def test_titles_under_initials_xm_are_no_names():
    for key in ("hdxm", "zyxm", "jzxm"):
        for text in (
            _jsonl(key, [TITLES[0]] * 4),
            _jsonl(key, TITLES),
            json.dumps(
                [{"xm": p, key: t} for p, t in zip(PEOPLE, TITLES, strict=True)],
                ensure_ascii=False,
                indent=2,
            ),
        ):
            got = found(text, ["name"])
            assert got == [at(text, "name", p) for p in PEOPLE], (key, got)


def test_names_under_unknown_initials_xm_stay_names():
    others = ["韦春燕", "司马红英", "黎国栋", "覃立群"]
    text = _jsonl("hjrxm", others)  # 获奖人姓名: a role no word names
    got = found(text, ["name"])
    for name in PEOPLE + others:
        assert at(text, "name", name) in got, name
