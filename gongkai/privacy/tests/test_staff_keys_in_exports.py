"""Issue 16, privfix16ia (held-out batches 198–200): an export's key of a cadre who looks
after a household (bfrxm 帮扶人姓名, bfzrr 帮扶责任人) or of the inspectors of the work
(ysry 验收人员) names the office's staff, not a private person; the cadre's mobile
(bfrdh) is the cadre's own phone and stays a finding, the office's landline does not.
"""

from __future__ import annotations

from .spans import at, found, names, rid

PHONES = ("mobile", "landline")


def _jsonl() -> str:
    rows = [
        ("覃秀英", rid("45122319800312101"), "13977810011", "黎振华", "15177820022"),
        ("韦德明", rid("45122319750515202"), "13977810033", "黎振华", "15177820022"),
        ("蓝桂芳", rid("45122319690120303"), "13977810044", "莫小燕", "0778-7213366"),
    ]
    return "".join(
        f'{{"hzxm": "{n}", "sfzh": "{i}", "lxdh": "{p}", "azd": "河池市某安置区", '
        f'"bfrxm": "{c}", "bfrdh": "{d}", "gxsj": "2024-05-10"}}\n'
        for n, i, p, c, d in rows
    )


def test_a_cadres_name_key_in_a_json_export_is_no_persons():
    text = _jsonl()
    got = found(text, ["name"])
    assert got == names(text, "覃秀英", "韦德明", "蓝桂芳")
    assert at(text, "name", "黎振华") not in got and at(text, "name", "莫小燕") not in got


def test_a_cadres_mobile_in_a_json_export_stays_the_cadres_own():
    text = _jsonl()
    second = text.index("韦德明")
    assert found(text, PHONES) == [
        at(text, "mobile", "13977810011"),
        at(text, "mobile", "15177820022"),
        at(text, "mobile", "13977810033", second),
        at(text, "mobile", "15177820022", second),
        at(text, "mobile", "13977810044"),
    ]  # the office's landline 0778-7213366 under bfrdh is left


def _xml(inspectors: str, extra: str = "") -> str:
    records = [
        ("1", "覃秀英", rid("45122319800312101"), "13977810011"),
        ("2", "韦德明", rid("45122319750515202"), "13977810033"),
    ]
    body = "".join(
        f'  <jl bh="{k}">\n    <hzxm>{n}</hzxm>\n    <sfzhm>{i}</sfzhm>\n'
        f"    <lxdh>{p}</lxdh>\n    <ysjg>合格</ysjg>\n    <ysry>{inspectors}</ysry>\n{extra}"
        f"  </jl>\n"
        for k, n, i, p in records
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sj xt="某验收系统">\n{body}</sj>\n'


def test_inspectors_listed_under_their_key_in_an_xml_export_are_staff():
    text = _xml("黎振华、莫小燕")
    got = found(text, ["name"])
    assert got == [at(text, "name", "覃秀英"), at(text, "name", "韦德明")]


def test_a_staff_word_with_an_id_names_a_private_person():
    # jbr is 举报人 too: the record gives the person's ID under the same word
    text = _xml(
        "黎振华",
        f"    <jbr>蒙丽华、黄春生</jbr>\n    <jbrsfzh>{rid('45122319880808404')}</jbrsfzh>\n",
    )
    got = found(text, ["name"])
    assert at(text, "name", "蒙丽华") in got and at(text, "name", "黄春生") in got
