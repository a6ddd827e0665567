"""Indexing through the background task and the rebuild command; nothing withdrawn or
unpublished is ever returned (the source decides what is public)."""

import datetime as dt
import io

from django.core.management import call_command
from django.db import transaction

from gongkai.core.models import AuditEvent
from gongkai.search.models import SearchDocument
from gongkai.search.registry import SearchDocumentData, schedule_reindex
from gongkai.search.selectors import search
from gongkai.search.tasks import reindex_object


def found(q):
    result = search(q=q, per_page=500)
    return [h.doc.object_pk for h in result.page.object_list] if result.page else []


def doc(title, body="正文。", **kw):
    return SearchDocumentData(title=title, body=body, url="/d/", date=dt.date(2024, 5, 1), **kw)


def test_publish_edit_withdraw_through_the_task(source, django_capture_on_commit_callbacks):
    source.add(7, doc("城乡低保标准调整公告"), public=False)
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            schedule_reindex(source.name, 7)
    assert found("低保") == []  # not yet public: not indexed

    source.publish(7)
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            schedule_reindex(source.name, 7)
    assert found("低保") == [7]

    source.items[7] = doc("城乡医保缴费公告")  # edited
    reindex_object.enqueue(source_name=source.name, pk=7)
    assert found("低保") == []
    assert found("医保") == [7]

    source.withdraw(7)
    reindex_object.enqueue(source_name=source.name, pk=7)
    assert found("医保") == []
    assert not SearchDocument.objects.filter(source=source.name, object_pk=7).exists()


def test_reindex_keeps_one_row_and_the_fts_in_step(source):
    source.add(8, doc("政务公开工作要点"))
    for _ in range(3):
        reindex_object.enqueue(source_name=source.name, pk=8)
    assert SearchDocument.objects.filter(source=source.name, object_pk=8).count() == 1
    assert found("政务公开") == [8]
    # the old tokens were removed from the contentless index, not left behind
    source.items[8] = doc("年度报告")
    reindex_object.enqueue(source_name=source.name, pk=8)
    assert found("政务公开") == []


def test_withdrawn_item_never_returned_even_if_task_has_not_run(corpus):
    # Withdrawal is the source's decision; the index follows when the task runs.
    pk = found("低保")[0]
    corpus.withdraw(pk)
    reindex_object.enqueue(source_name=corpus.name, pk=pk)
    assert pk not in found("低保")
    assert found("低保") == []


def test_unknown_source_removes_the_entry(source):
    source.add(9, doc("低保"))
    reindex_object.enqueue(source_name=source.name, pk=9)
    source.unregister()
    reindex_object.enqueue(source_name=source.name, pk=9)
    assert not SearchDocument.objects.filter(object_pk=9).exists()


def test_rebuild_command_indexes_everything_and_drops_stale(corpus):
    pk = found("低保")[0]
    corpus.public.discard(pk)  # withdrawn without a task (e.g. a lost job)
    extra = max(corpus.items) + 1
    corpus.add(extra, doc("新增的低保公示"))  # published without a task
    out, err = io.StringIO(), io.StringIO()
    call_command("search_rebuild", "--batch-size", "50", stdout=out, stderr=err)
    assert found("低保") == [extra]
    assert SearchDocument.objects.count() == len(corpus.public)
    assert "已索引" in out.getvalue()
    assert "篇" in err.getvalue()  # the progress bar
    event = AuditEvent.objects.filter(action="search.rebuild").latest("seq")
    assert event.changes["removed"] == 1


def test_rebuild_is_idempotent(corpus):
    before = found("政务公开")
    call_command("search_rebuild", "--no-progress", stdout=io.StringIO())
    call_command("search_rebuild", "--no-progress", stdout=io.StringIO())
    assert found("政务公开") == before
    assert SearchDocument.objects.count() == len(corpus.public)
