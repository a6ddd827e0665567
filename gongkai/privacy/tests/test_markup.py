"""Masking inside HTML leaves the markup exactly as it was (RULES.md §4)."""

import re

from gongkai.privacy import mask_html, scan_html

TAGS = re.compile(r"<[^>]*>")


def test_text_is_masked_and_tags_are_untouched():
    html = (
        '<div class="body"><p>申请人：<b>张三</b>，手机<span>138</span>12345678</p>'
        "<script>var id='11010519491231002X';</script>"
        "<!-- 11010519491231002X --><p>身份证号&nbsp;11010519491231002X</p></div>"
    )
    out = mask_html(html)
    without_attrs_html = TAGS.findall(html)
    assert TAGS.findall(out) == without_attrs_html
    assert "<b>张*</b>" in out
    assert "<span>138</span>****5678" in out
    assert "身份证号&nbsp;110105********002X" in out
    assert "var id='11010519491231002X'" in out  # scripts are code, not text
    assert "<!-- 11010519491231002X -->" in out
    assert len(out) == len(html)


def test_table_columns_in_html():
    html = (
        "<table><thead><tr><th>序号</th><th>户主姓名</th><th>金额</th></tr></thead>"
        "<tbody><tr><td>1</td><td>王小明</td><td>560</td></tr>"
        "<tr><td>2</td><td> 李娜 </td><td>400</td></tr></tbody></table>"
    )
    out = mask_html(html)
    assert "<td>王*明</td>" in out and "<td> 李* </td>" in out


def test_visible_attributes_and_mail_links_are_masked():
    html = '<a href="mailto:zhangsan@example.com" title="13812345678">写信</a><a href="/x/13812345678">链接</a>'
    out = mask_html(html)
    assert 'href="mailto:z*******@example.com"' in out
    assert 'title="138****5678"' in out
    assert 'href="/x/13812345678"' in out  # a URL path is not text


def test_scan_html_reports_offsets_in_the_html():
    html = "<p>手机：<em>13812345678</em></p>"
    (f,) = scan_html(html, allow=[])
    assert html[f.start : f.end] == "13812345678"
    assert f.type == "mobile"


def test_empty_and_plain_html():
    assert mask_html("") == ""
    assert mask_html("<p>没有个人信息</p>") == "<p>没有个人信息</p>"


def test_offsets_across_tags_and_at_the_end():
    html = "<td>11010519491231002X</td><td>138<b>1234</b>5678"
    found = {f.type: f for f in scan_html(html, allow=[])}
    id_card = found["id_card"]
    assert html[id_card.start : id_card.end] == "11010519491231002X"
    mobile = found["mobile"]
    assert html[mobile.start : mobile.end] == "138<b>1234</b>5678"
    assert mask_html(html) == "<td>110105********002X</td><td>138<b>****</b>5678"


def test_a_less_than_sign_in_text_does_not_hide_what_follows():
    html = "<p>年龄<60岁的申请人：张三，手机13812345678</p><br>"
    assert mask_html(html) == "<p>年龄<60岁的申请人：张*，手机138****5678</p><br>"
