"""A staff's key whose holder's relation to the record's person is given (``cbrgx``: 儿子)
holds a relative, no member of staff (``xmltables._kin_of``)."""

from __future__ import annotations

import pytest

from gongkai.privacy import scan_text


def _names(text: str) -> list[str]:
    return [f.text for f in scan_text(text, allow=[]) if f.type == "name"]


_JSONL = (
    '{"bh": "A01", "hzxm": "林国栋", "hzsfzh": "350102195203041236", "cbrxm": "林晓雯", '
    '"cbrgx": "女儿", "cbrsj": "13906001234", "jdy": "黄立"}\n'
    '{"bh": "A02", "hzxm": "郑美华", "hzsfzh": "350102196108120023", "cbrxm": "陈志远", '
    '"cbrgx": "儿子", "cbrsj": "13906005678", "jdy": "黄立"}\n'
    '{"bh": "A03", "hzxm": "吴建平", "hzsfzh": "350102194911300018", "cbrxm": "吴晓东", '
    '"cbrgx": "侄子", "cbrsj": "13906009012", "jdy": "黄立"}\n'
)


def test_pinyin_staff_key_with_kinship_is_a_relative():
    names = _names(_JSONL)
    assert {"林晓雯", "陈志远", "吴晓东"} <= set(names)
    assert "黄立" not in names


def test_english_handler_with_relation_in_xml():
    text = (
        "<records>\n"
        "<record><patientName>许文博</patientName><idno>110101198003150019</idno>"
        "<handlerName>许晴</handlerName><handlerRelation>配偶</handlerRelation></record>\n"
        "<record><patientName>高建华</patientName><idno>110101197506230015</idno>"
        "<handlerName>高原</handlerName><handlerRelation>儿子</handlerRelation></record>\n"
        "</records>\n"
    )
    names = _names(text)
    assert {"许晴", "高原"} <= set(names)


@pytest.mark.parametrize("relation", ["", "窗口", "A级"])
def test_staff_key_without_kinship_stays_staff(relation):
    text = _JSONL.replace("女儿", relation).replace("儿子", relation).replace("侄子", relation)
    names = _names(text)
    assert "林晓雯" not in names and "陈志远" not in names


def test_relation_of_another_holder_leaves_staff():
    text = _JSONL.replace('"cbrgx"', '"lxrgx"')
    names = _names(text)
    assert "林晓雯" not in names
