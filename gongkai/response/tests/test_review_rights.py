"""Publishing a policy Q&A entry (政策问答) is a review step: it needs review rights in
the entry's unit (a 审核员 there, a 公开办 member only where granted), and whoever wrote
the answer may not publish it (起草与审核分离, GONGKAI_SEPARATION_OF_DUTIES)."""

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from gongkai.response import services as svc
from gongkai.response.models import QAEntry

pytestmark = pytest.mark.django_db

QUESTION = "最低生活保障怎么申请？"
ANSWER = "向户籍所在地乡镇人民政府提出书面申请。"
NO_RIGHTS = "没有审核权限"


def test_qa_publication_matrix(editor_a, editor_b, reviewer_b, office, dept_a, dept_b):
    from gongkai.testing import make_staff

    leader = make_staff(dept_a, "leader", "leader_a")
    entry = svc.qa_create(actor=editor_a, unit=dept_a, question=QUESTION, answer=ANSWER)
    assert entry.created_by == editor_a
    with pytest.raises(PermissionDenied, match=NO_RIGHTS):
        svc.qa_publish(actor=editor_a, entry_id=entry.pk)
    with pytest.raises(PermissionDenied, match=NO_RIGHTS):  # a leader does not review
        svc.qa_publish(actor=leader, entry_id=entry.pk)
    for outsider in (editor_b, reviewer_b):  # another department does not even see it
        with pytest.raises(Http404):
            svc.qa_publish(actor=outsider, entry_id=entry.pk)
    office.review_units.add(dept_b)
    with pytest.raises(PermissionDenied, match=NO_RIGHTS):
        svc.qa_publish(actor=office, entry_id=entry.pk)
    assert QAEntry.objects.get(pk=entry.pk).status == "draft"
    office.review_units.add(dept_a)
    svc.qa_publish(actor=office, entry_id=entry.pk)
    assert QAEntry.objects.get(pk=entry.pk).status == "published"


def test_who_wrote_the_answer_cannot_publish_it(settings, reviewer_a, dept_a):
    entry = svc.qa_create(actor=reviewer_a, unit=dept_a, question=QUESTION, answer=ANSWER)
    with pytest.raises(PermissionDenied, match="不能审核自己起草的政策问答"):
        svc.qa_publish(actor=reviewer_a, entry_id=entry.pk)
    settings.GONGKAI_SEPARATION_OF_DUTIES = False
    svc.qa_publish(actor=reviewer_a, entry_id=entry.pk)
    assert QAEntry.objects.get(pk=entry.pk).status == "published"


def test_the_page_says_why_in_chinese(client, editor_a, office, dept_a):
    entry = svc.qa_create(actor=editor_a, unit=dept_a, question=QUESTION, answer=ANSWER)
    client.force_login(office)
    page = client.post(
        "/workspace/response/qa/", {"form": "publish", "entry": entry.pk}, follow=True
    ).content.decode()
    assert NO_RIGHTS in page
    assert QAEntry.objects.get(pk=entry.pk).status == "draft"
