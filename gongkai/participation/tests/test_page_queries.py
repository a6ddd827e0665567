"""A consultation page's queries do not grow with its comments. (Apart from test_pages.py,
whose tests share one demo load per module.)"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_consultation_page_queries_do_not_grow_with_comments(
    consultation, editor_a, client, django_assert_max_num_queries
):
    from gongkai.participation import services as svc

    for i in range(60):
        c = svc.comment_submit(consultation=consultation, text=f"意见{i}")
        svc.comment_moderate(actor=editor_a, comment=c, approve=True)
    with django_assert_max_num_queries(8):
        r = client.get(f"/hudong/zhengji/{consultation.pk}/")
    assert "公众意见（60）" in r.content.decode()
