"""The pure rules (participation/rules.py) work without a database."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from gongkai.core.clientaddr import client_address
from gongkai.participation import rules

START = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)


def test_a_period_under_30_days_needs_a_public_reason():
    rules.validate_period(START, START + dt.timedelta(days=30), "")
    with pytest.raises(ValidationError, match="须填写缩短征集期的理由"):
        rules.validate_period(START, START + dt.timedelta(days=29, hours=23), "急")
    rules.validate_period(START, START + dt.timedelta(days=10), "上级要求本月内出台")
    with pytest.raises(ValidationError, match="晚于开始时间"):
        rules.validate_period(START, START, "上级要求本月内出台")


def test_banned_words_include_the_installations_own(settings):
    assert rules.banned_words_in("可以加微信详谈") == ["加微信"]
    assert rules.banned_words_in("本地黑话") == []
    settings.GONGKAI_PARTICIPATION_BANNED_WORDS = ["黑话"]
    assert rules.banned_words_in("本地黑话") == ["黑话"]


def test_proxy_hops_from_the_environment_are_counted(rf, settings):
    request = rf.get("/", HTTP_X_FORWARDED_FOR="1.2.3.4, 10.0.0.9", REMOTE_ADDR="10.0.0.1")
    settings.GONGKAI_TRUSTED_PROXY_HOPS = "2"  # as read from an environment variable
    assert client_address(request) == "1.2.3.4"
    settings.GONGKAI_TRUSTED_PROXY_HOPS = 3  # more hops than addresses: header ignored
    assert client_address(request) == "10.0.0.1"


def test_client_hash_is_keyed_and_does_not_contain_the_address(settings):
    first = rules.client_hash("203.0.113.7")
    assert "203.0.113.7" not in first and first == rules.client_hash("203.0.113.7")
    settings.SECRET_KEY = "another-key-for-this-test-only-0123456789"
    assert rules.client_hash("203.0.113.7") != first


def test_attachment_type_and_size():
    class Upload:
        def __init__(self, name, size):
            self.name, self.size = name, size

    rules.check_attachment(Upload("征求意见稿.PDF", 1024))
    with pytest.raises(ValidationError, match="附件类型"):
        rules.check_attachment(Upload("脚本.exe", 10))
    with pytest.raises(ValidationError, match="50 MB"):
        rules.check_attachment(Upload("大文件.zip", rules.ATTACHMENT_MAX_BYTES + 1))


def test_rating_labels():
    assert [rules.rating_label(r) for r in (3, 2, 1, None)] == ["满意", "基本满意", "不满意", ""]


def test_deputy_reply_loses_name_contacts_and_distribution():
    text = "王大明代表：\n您提出的建议收悉。\n抄送：县人大常委会\n联系人：李四\n电话：0571-1234567"
    cleaned = rules.deputy_clean_text(text, names=["王大明"], contacts=["0571-1234567"])
    assert "王大明" not in cleaned and "×××代表" in cleaned
    assert "抄送" not in cleaned and "李四" not in cleaned and "1234567" not in cleaned
    assert rules.split_contacts("13800001111，a@b.cn; 0571-1234567") == [
        "13800001111",
        "a@b.cn",
        "0571-1234567",
    ]
