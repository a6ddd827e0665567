"""Sixteen page layouts modelled on county sites: every field, chrome gone, body kept."""

import datetime as dt

import pytest

from gongkai.publishing.importing import parse_page, read_file
from gongkai.publishing.tests import page_layouts_a, page_layouts_b

CASES = page_layouts_a.CASES + page_layouts_b.CASES
FIELDS = ("title", "organ", "doc_number", "index_number", "topic", "written_on", "published_at")


def parse_case(case, tmp_path):
    path = tmp_path / case["name"]
    path.write_bytes(case["content"].encode(case["encoding"]))
    return parse_page(*read_file(path))


def test_enough_layouts():
    assert len(CASES) >= 15
    assert len({c["name"] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_layout(case, tmp_path):
    page = parse_case(case, tmp_path)
    got = {
        "title": page.title,
        "organ": page.organ,
        "doc_number": page.doc_number,
        "index_number": page.index_number,
        "topic": page.topic,
        "written_on": page.written_on.isoformat() if page.written_on else None,
        "published_at": page.published_at.isoformat() if page.published_at else None,
    }
    expect = {k: case["expect"][k] for k in FIELDS}
    assert got == expect
    if "validity" in case["expect"]:
        assert page.validity == case["expect"]["validity"]
    body = page.body_text
    for marker in case["gone"]:
        assert marker not in body, marker
    for sentence in case["kept"]:
        assert sentence in body, sentence
    # what it could not find is reported, and only that
    labels = {
        "organ": "发文机构",
        "doc_number": "文号",
        "index_number": "索引号",
        "topic": "主题分类",
    }
    for key, label in labels.items():
        assert (label in page.missing) == (not expect[key])


def test_title_never_from_navigation(tmp_path):
    for case in CASES:
        page = parse_case(case, tmp_path)
        assert ">" not in page.title and "首页" not in page.title, case["name"]
        assert not any(w in page.title for w in ("热搜", "返回顶部", "中国政府网", "简体"))


def test_body_number_is_not_the_documents_own(tmp_path):
    text = "关于做好春耕生产的通知\n根据示政发〔2020〕5号文件精神，现就有关事项通知如下。\n请抓好落实。\n"
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    page = parse_page(*read_file(path))
    assert page.doc_number == ""
    assert page.written_on is None and page.organ == ""


@pytest.mark.parametrize(
    "line,day",
    [
        ("二〇二三年六月九日", dt.date(2023, 6, 9)),
        ("二O二三年6月9日", dt.date(2023, 6, 9)),
        ("二〇二四年十二月三十一日", dt.date(2024, 12, 31)),
        ("2023年 6 月 19 日", dt.date(2023, 6, 19)),
    ],
)
def test_signature_dates(line, day):
    from gongkai.publishing.importing.textutil import date_only

    assert date_only(line) == day


def test_widgets_glued_to_the_title_are_dropped(tmp_path):
    text = (
        "视力保护色【打印】【关闭】关于做好秋季学期开学工作的通知\n"
        "发布时间：2024-08-20浏览次数：12字号：大 中 小\n"
        "各中小学：现将秋季学期开学工作有关事项通知如下。\n"
    )
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    page = parse_page(*read_file(path))
    assert page.title == "关于做好秋季学期开学工作的通知"
    assert page.published_at == dt.datetime(2024, 8, 20)
    assert page.body_text == "各中小学：现将秋季学期开学工作有关事项通知如下。"


def test_seed_metadata_block_leaves_nothing_in_the_body():
    from pathlib import Path

    from django.conf import settings

    path = next((Path(settings.BASE_DIR) / "demo" / "seeds").glob("001_*.txt"))
    page = parse_page(*read_file(path))
    for gone in (
        "文      号",
        "泸政办发〔2021〕56号",
        "015281722-2021-186067",
        "发文机构",
        "浏览:0",
    ):
        assert gone not in page.body_text, gone
    assert page.body_text.startswith("2021泸水市政务公开工作要点")


def test_portal_row_in_a_text_page_is_not_the_title(tmp_path):
    text = (
        "中国政府网 云南省人民政府 普洱市人民政府\n"
        "宁洱县举行2024年全民健身运动会\n"
        "发布时间：2024-09-01\n"
        "9月1日，宁洱县2024年全民健身运动会在县体育馆开幕。\n"
    )
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    page = parse_page(*read_file(path))
    assert page.title == "宁洱县举行2024年全民健身运动会"
    assert "普洱市人民政府" not in page.body_text


def test_utf8_page_declaring_gbk_is_read_as_utf8(tmp_path):
    html = (
        '<html><head><meta charset="gbk"><title>关于开展植树活动的通知</title></head>'
        "<body><h1>关于开展植树活动的通知</h1><p>请各单位于3月12日组织植树。</p></body></html>"
    )
    path = tmp_path / "p.html"
    path.write_bytes(html.encode("utf-8"))
    page = parse_page(*read_file(path))
    assert page.title == "关于开展植树活动的通知"
    assert page.body_text == "请各单位于3月12日组织植树。"
