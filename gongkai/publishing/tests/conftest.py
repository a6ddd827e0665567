"""Helpers for publishing tests: drafting and taking items through the workflow."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from gongkai.publishing import services
from gongkai.publishing.models import InformationItem

ALL_CHECKS = ("secrecy", "privacy", "accuracy", "attribute")
Item = InformationItem


def draft(editor, **fields) -> Item:
    values = {
        "title": "关于做好2026年社会救助工作的通知",
        "body": "<p>各乡镇：现将有关事项通知如下。</p>",
        "attribute": Item.Attribute.PROACTIVE,
        "kind": Item.Kind.NOTICE,
        "formed_on": timezone.localdate(),
    }
    values.update(fields)
    return services.item_create(actor=editor, unit=editor.unit, **values)


def publish(editor, reviewer, **fields) -> Item:
    item = draft(editor, **fields)
    item = services.item_submit(actor=editor, item=item)
    assert item.status == Item.Status.SUBMITTED, item.return_reasons
    services.item_approve(actor=reviewer, item=item, checks=ALL_CHECKS)
    return services.item_publish(actor=reviewer, item=item)


@pytest.fixture
def make_draft():
    return draft


@pytest.fixture
def make_published():
    return publish


@pytest.fixture
def today() -> dt.date:
    return timezone.localdate()
