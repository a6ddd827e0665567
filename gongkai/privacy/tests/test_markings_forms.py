"""Markings as extraction leaves them: spaced, other brackets, a line alone (issue 16).

Exact spans of the stamp and of spaced secrecy levels, and the prose around such words
left alone.
"""

import pytest

from gongkai.privacy.tests.spans import at, found


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("关于调整补助标准的通知\n（ 此件不予公开 ）\n各乡镇：", "（ 此件不予公开 ）"),
        ("（此 件 不 予 公 开）\n", "（此 件 不 予 公 开）"),
        ("【此件不予公开】\n", "【此件不予公开】"),
        ("〔本件不予公开〕\n", "〔本件不予公开〕"),
        ("（本文件不予公开）各村：", "（本文件不予公开）"),
        ("[此件不公开]\n", "[此件不公开]"),
        ("县政府办公室\n2024年3月1日\n    此件不予公开\n", "此件不予公开"),
        ("本件不公开", "本件不公开"),
        ("此件不公开\n", "此件不公开"),
    ],
)
def test_the_stamp_in_the_forms_extraction_leaves(text, stamp):
    assert found(text) == [at(text, "nondisclosure", stamp)]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("秘 密\n关于某事项的通知", "秘 密"),
        ("机\u3000密★1年\n", "机\u3000密★1年"),
        ("  绝 密 ★ 启用前  \n2025年考试试题", "绝 密 ★ 启用前"),
        ("机  密 ★ 长期\n", "机  密 ★ 长期"),
    ],
)
def test_a_secrecy_level_spread_with_spaces_on_its_line(text, level):
    assert found(text) == [at(text, "secrecy", level)]


@pytest.mark.parametrize(
    "text",
    [
        "经研究，此件不予公开。",  # a decision told in prose: the office's own sentence
        "对此件不予公开的理由说明如下：",
        "（此件公开发布）",
        "（此件依申请公开）",
        "（此件不予公开】",  # brackets that do not pair
        "各单位要严守秘 密规定",
        "机 密文件管理办法",
        "本件不予公开的，应当说明理由。",
    ],
)
def test_marking_words_in_prose_are_left_alone(text):
    assert found(text, kinds={"nondisclosure", "secrecy"}) == []


def _docx(header: str, footer: str, body: list[str]) -> bytes:
    import io

    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    document.sections[0].footer.paragraphs[0].text = footer
    for line in body:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_docx_page_header_is_scanned_for_markings():
    from gongkai.privacy.documents import file_text, scan_file

    data = _docx("内部资料　注意保存", "— 1 —", ["关于某事项的通知", "各乡镇：现通知如下。"])
    text = file_text(data, "通知.docx")
    got = [(f.type, f.start, f.end) for f in scan_file(data, "通知.docx", allow=[])]
    assert got == [at(text, "secrecy", "内部资料"), at(text, "secrecy", "注意保存")]
    plain = _docx("县民政局", "— 1 —", ["内部控制制度已修订。"])
    assert scan_file(plain, "通知.docx", allow=[]) == []
