"""A key of an act's person (stem + r, 人) beside the same stem's unit key (``slr`` beside
``sldw``): the staff who did the act for that unit, not a private person — in JSON lines
(CSV columns and pretty-printed JSON are still read by other passes, not covered); a stem with no unit sibling, a time sibling only, or a known
role's key still reads as persons' names (``keycolumns``)."""

from gongkai.privacy.tests.spans import at, found, rid

_IDS = [rid(f"4305211978{m:02d}1{m}{m:03d}") for m in range(1, 6)]
_ROWS = [("龚德明", "覃秋菊"), ("闫国梁", "祝晓燕"), ("蒲学军", "晏春兰")]


def test_json_lines_the_registering_units_clerk():
    text = "".join(
        f'{{"no": {k}, "xm": "{a}", "sfzh": "{_IDS[k]}", "sjh": "1390731{k}456", '
        f'"lrdw": "城关派出所", "lrr": "{b}", "lrsj": "2025-0{k + 1}-03"}}\n'
        for k, (a, b) in enumerate(_ROWS)
    )
    got = found(text, ["name"])
    for a, b in _ROWS:
        assert at(text, "name", a) in got
        assert at(text, "name", b) not in got, b


def test_json_lines_upper_case_keys_the_unit_after_its_clerk():
    text = "".join(
        f'{{"XM": "{a}", "SFZH": "{_IDS[k]}", "CJR": "{b}", "CJJG": "某街道办事处"}}\n'
        for k, (a, b) in enumerate(_ROWS)
    )
    got = found(text, ["name"])
    for a, b in _ROWS:
        assert at(text, "name", a) in got
        assert at(text, "name", b) not in got, b


def test_near_misses_no_unit_sibling_keeps_the_persons():
    # the same act's time only (no unit): the column is still read by its values
    text = "".join(
        f'{{"no": {k}, "xm": "{a}", "sfzh": "{_IDS[k]}", "sjh": "1390731{k}456", '
        f'"pxr": "{b}", "pxsj": "2025-0{k + 1}-03", "bzdw": "某县文化馆"}}\n'
        for k, (a, b) in enumerate(_ROWS)
    )
    got = found(text, ["name"])
    for _a, b in _ROWS:
        assert at(text, "name", b) in got, b
