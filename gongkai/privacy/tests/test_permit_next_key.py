"""A Taiwan residents' permit whose number stands under the next line's key of an export
(``taiwanpermits._GAP``)."""

from __future__ import annotations

from gongkai.privacy import scan_text


def _permits(text: str) -> list[str]:
    return [f.text for f in scan_text(text, allow=[]) if f.type == "permit"]


def test_xml_element_after_its_type():
    text = (
        "<records>\n  <record>\n    <holder>林志豪</holder>\n"
        "    <docType>台湾居民来往大陆通行证</docType>\n    <docNo>51730284</docNo>\n"
        "    <tel>13905910011</tel>\n  </record>\n</records>\n"
    )
    assert _permits(text) == ["51730284"]


def test_pretty_json_key_after_its_type():
    text = (
        '[\n  {\n    "xm": "林志豪",\n    "zjlx": "台湾居民来往大陆通行证",\n'
        '    "zjhm": "51730284",\n    "lxdh": "13905910011"\n  }\n]\n'
    )
    assert _permits(text) == ["51730284"]


def test_next_element_of_another_kind_is_no_permit():
    text = (
        "<record>\n    <docType>台湾居民来往大陆通行证</docType>\n"
        "    <phone>28567190</phone>\n</record>\n"
    )
    assert _permits(text) == []
