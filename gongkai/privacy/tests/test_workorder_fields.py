"""A hotline's or a petition office's work orders exported as XML or JSON name the caller,
visitor or complainant under a pinyin or English field (ldr, laidianren, lfr, tsr, caller)
(issue 16, docs84): a person's field, as 姓名 (xm) is; the handling unit's fields stay
clean."""

import json

from .spans import at, found

PERSONS = ("韩立秋", "贝思远", "祁晓岚")


def test_xml_elements_named_in_pinyin():
    recs = "".join(
        f'<gongdan id="G{k}"><{tag}>{n}</{tag}><chengban danwei="县教育局"/></gongdan>\n'
        for k, (tag, n) in enumerate(zip(("laidianren", "ldr", "tousuren"), PERSONS, strict=True))
    )
    text = "<list>\n" + recs + "</list>\n"
    got = found(text, ["name"])
    for n in PERSONS:
        assert at(text, "name", n) in got
    assert {text[s:e] for _k, s, e in got} == set(PERSONS)


def test_json_lines_with_abbreviated_keys():
    rows = [
        {"gdbh": "NC2026001", "lfr": PERSONS[0], "cbdw": "县公安局"},
        {"gdbh": "NC2026002", "caller": PERSONS[1], "cbdw": "县水务局"},
        {"gdbh": "NC2026003", "tsr": PERSONS[2], "cbdw": "县医保局"},
    ]
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    got = found(text, ["name"])
    for n in PERSONS:
        assert at(text, "name", n) in got
    assert {text[s:e] for _k, s, e in got} == set(PERSONS)
