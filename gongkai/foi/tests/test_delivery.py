"""Issue 14, delivery: the applicant (and nobody else) downloads the letters and the
masked files; the chosen route is carried out and recorded."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gongkai.foi import access, selectors
from gongkai.foi.codes import Outcome
from gongkai.foi.models import Delivery
from gongkai.foi.services import (
    application_deliver,
    application_submit,
    correction_request,
    delivery_retry,
)
from gongkai.foi.tests.conftest import ID_NUMBER, payload, travel
from gongkai.testing import foi_reply

LINE = f"低保对象李四，身份证号{ID_NUMBER}。发放标准每人每月600元。"


def _reply(app, actor, **kw):
    with travel("2026-10-15"):
        return foi_reply(
            actor=actor,
            application=app,
            outcome=Outcome.PARTLY,
            reasons="涉及个人隐私的部分不予公开",
            files=[SimpleUploadedFile("名单.txt", LINE.encode())],
            **kw,
        )


@pytest.fixture
def online_app(dept_a):
    """An online application (route e-mail) and its access code."""
    with travel("2026-09-28"):
        app, code = application_submit(data=payload(dept_a, delivery_route="email"))
    from gongkai.foi.services import application_confirm

    with travel("2026-09-28"):
        application_confirm(actor=None, application=app, confirmed_on=dt.date(2026, 9, 28))
    app.refresh_from_db()
    return app, code


def _links(html: str) -> list[str]:
    return re.findall(r'href="(/ysqgk/download/[^"]+)"', html)


def test_applicant_downloads_the_masked_file_from_the_tracking_page(client, online_app, editor_a):
    app, code = online_app
    _reply(app, editor_a)
    page = client.post(reverse("foi:track"), {"tracking_number": app.tracking_number, "code": code})
    html = page.content.decode()
    assert "名单.txt" in html and code not in html.split("track-result")[1]
    links = _links(html)
    assert len(links) == 3  # letter PDF, letter DOCX, the file
    for link in links:
        assert code not in link and app.tracking_number not in link
    body = b"".join(client.get(links[-1]).streaming_content).decode()
    assert "600元" in body and ID_NUMBER not in body


def test_wrong_code_gets_no_links_and_a_stranger_cannot_download(client, online_app, editor_a):
    app, code = online_app
    _reply(app, editor_a)
    page = client.post(reverse("foi:track"), {"tracking_number": app.tracking_number, "code": "x"})
    assert _links(page.content.decode()) == []
    assert selectors.application_for_applicant(app.tracking_number, "") is None
    assert selectors.application_for_applicant(app.tracking_number, code[:-1] + "0") is None
    # guessing an id or tampering with a token
    assert client.get("/ysqgk/download/abc/").status_code == 404
    item = app.files.get()
    token = access.make_token(app.pk, "file", item.pk)
    assert client.get(f"/ysqgk/download/{token[:-2]}zz/").status_code == 404


def test_another_applications_token_and_an_expired_one_give_404(
    client, online_app, register, editor_a
):
    app, _code = online_app
    _reply(app, editor_a)
    other = register("2026-09-28")
    item = app.files.get()
    # a token issued for the other application naming this file
    forged = access.make_token(other.pk, "file", item.pk)
    assert client.get(reverse("foi:download", args=[forged])).status_code == 404
    good = access.make_token(app.pk, "file", item.pk)
    assert client.get(reverse("foi:download", args=[good])).status_code == 200
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=25)
    import time_machine

    with time_machine.travel(later):
        assert client.get(reverse("foi:download", args=[good])).status_code == 404


def test_files_are_not_offered_before_the_reply_or_for_a_refusal(online_app, editor_a):
    app, _code = online_app
    assert selectors.applicant_downloads(app, str)["files"] == []
    with travel("2026-10-15"):
        foi_reply(actor=editor_a, application=app, outcome=Outcome.NOT_INTERNAL, reasons="内部事务")
    assert selectors.applicant_downloads(app, str)["files"] == []


def test_public_api_lists_letters_and_files_with_signed_urls(client, online_app, editor_a):
    app, code = online_app
    _reply(app, editor_a)
    data = client.post(
        "/api/v1/applications/track",
        {"tracking_number": app.tracking_number, "code": code},
        content_type="application/json",
    ).json()
    assert [f["name"] for f in data["files"]] == ["名单.txt"]
    assert data["letters"][0]["url"].startswith("http")
    url = data["files"][0]["url"]
    assert code not in url
    response = client.get(url.split("testserver", 1)[1])
    assert response.status_code == 200
    assert ID_NUMBER not in b"".join(response.streaming_content).decode()
    assert client.get("/api/v1/applications/files/nonsense").status_code == 404


def test_email_reply_is_in_the_outbox_with_the_letter_and_masked_file(online_app, editor_a):
    app, _code = online_app
    mail.outbox.clear()
    letter = _reply(app, editor_a)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["zhangsan@example.com"]
    assert letter.reference_number in message.subject
    names = [a[0] for a in message.attachments]
    assert any(n.endswith(".pdf") for n in names) and any(n.endswith(".docx") for n in names)
    sent = dict((a[0], a[1]) for a in message.attachments)["名单.txt"]
    sent = sent.decode() if isinstance(sent, bytes) else sent
    assert "600元" in sent and ID_NUMBER not in sent
    app.refresh_from_db()
    assert app.delivered_on == dt.date(2026, 10, 15)
    record = app.deliveries.get()
    assert record.status == Delivery.Status.SENT and record.route == "email"
    assert app.events.filter(kind="delivery").exists()


def test_too_large_for_email_sends_links_that_expire(online_app, editor_a, settings):
    settings.GONGKAI_FOI_EMAIL_MAX_BYTES = 100
    app, code = online_app
    mail.outbox.clear()
    _reply(app, editor_a)
    message = mail.outbox[0]
    assert message.attachments == []
    assert "7 日内" in message.body and "/ysqgk/download/" in message.body
    assert code not in message.body


def test_failed_email_is_a_todo_item_and_can_be_sent_again(online_app, editor_a, settings):
    from gongkai.foi.plugs import todo_items

    settings.EMAIL_BACKEND = "gongkai.foi.tests.test_delivery.BrokenBackend"
    app, _code = online_app
    _reply(app, editor_a)
    app.refresh_from_db()
    assert app.delivered_on is None
    assert app.deliveries.get().status == Delivery.Status.FAILED
    assert any("答复邮件发送失败" in t.title for t in todo_items(editor_a))
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with travel("2026-10-16"):
        record = delivery_retry(actor=editor_a, application=app)
    assert record.status == Delivery.Status.SENT
    assert not any("答复邮件发送失败" in t.title for t in todo_items(editor_a))


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("邮件服务器拒绝连接")


def test_post_reply_is_pending_until_staff_record_it_and_prints_a_receipt(
    client, register, editor_a
):
    app = register("2026-09-28", delivery_route="post")
    mail.outbox.clear()
    _reply(app, editor_a)
    assert mail.outbox == []
    assert app.deliveries.get().status == Delivery.Status.PENDING
    client.force_login(editor_a)
    page = client.get(reverse("foi:delivery_receipt", args=[app.pk])).content.decode()
    assert "送达回证" in page and "张三" in page and "名单.txt" in page
    with travel("2026-10-19"):
        application_deliver(actor=editor_a, application=app, note="挂号信 XA123")
    assert app.deliveries.last().status == Delivery.Status.DONE


def test_online_route_is_delivered_on_the_tracking_page(register, editor_a):
    app = register("2026-09-28", delivery_route="online")
    _reply(app, editor_a)
    app.refresh_from_db()
    assert app.delivered_on == dt.date(2026, 10, 15)
    assert app.deliveries.get().route == "online"


def test_correction_notice_is_emailed_when_email_was_chosen(online_app, editor_a):
    app, _code = online_app
    mail.outbox.clear()
    with travel("2026-09-30"):
        letter = correction_request(actor=editor_a, application=app, items="请写明文件名称")
    assert len(mail.outbox) == 1 and letter.reference_number in mail.outbox[0].subject


def test_staff_reply_form_keeps_a_finding_only_with_a_reason(
    client, register, editor_a, reviewer_a
):
    app = register("2026-09-28", delivery_route="online")
    client.force_login(editor_a)
    with travel("2026-10-15"):
        client.post(
            reverse("foi:staff_action", args=[app.pk, "attach"]),
            {"file": SimpleUploadedFile("名单.txt", LINE.encode())},
        )
        item = app.files.get()
        fids = [f"{item.pk}-{n}" for n in range(len(item.findings))]
        page = client.get(reverse("foi:staff_detail", args=[app.pk])).content.decode()
        assert all(f'value="{fid}"' in page for fid in fids)
        url = reverse("foi:staff_action", args=[app.pk, "reply"])
        client.post(url, {"outcome": Outcome.DISCLOSED, "keep": fids})
        app.refresh_from_db()
        assert app.status == "processing"
        reasons = {f"reason_{fid}": "申请人本人的信息" for fid in fids}
        client.post(url, {"outcome": Outcome.DISCLOSED, "keep": fids, **reasons})
        app.refresh_from_db()
        assert app.status == "processing"  # the draft waits for approval (答复审核)
        client.force_login(reviewer_a)
        client.post(reverse("foi:staff_action", args=[app.pk, "reply_approve"]))
    app.refresh_from_db()
    assert app.status == "replied"


def test_acknowledgement_is_printable_at_registration_with_the_code(client, editor_a, dept_a):
    from gongkai.foi.models import Application

    client.force_login(editor_a)
    data = payload(dept_a)
    data.update(channel="in_person", submitted_on="2026-09-28")
    with travel("2026-09-28"):
        response = client.post(reverse("foi:staff_register"), data)
        app = Application.objects.get()
        assert response.status_code == 302
        got = client.get(reverse("foi:acknowledgement", args=[app.pk]))
    assert got.status_code == 200, got
    page = got.content.decode()
    assert "受理回执" in page and app.tracking_number in page and "查询码" in page
    assert "2026年9月28日" in page


def test_staff_see_the_masked_copy_the_applicant_receives(client, register, editor_a):
    app = register("2026-09-28", delivery_route="online")
    _reply(app, editor_a)
    item = app.files.get()
    client.force_login(editor_a)
    page = client.get(reverse("foi:staff_detail", args=[app.pk])).content.decode()
    assert "申请人收到的版本" in page
    url = reverse("foi:staff_file", args=[item.pk])
    masked = b"".join(client.get(url, {"copy": "masked"}).streaming_content).decode()
    original = b"".join(client.get(url).streaming_content).decode()
    assert ID_NUMBER not in masked and ID_NUMBER in original
