"""Reads of the foi app: what the pages and the API show (views query nothing themselves).

Public: an application found by its number and access code, its public history and
letters. Staff: lists and one application in scope with everything its page shows, the
next deadline, repeat requests, the office overview, letter templates.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.db.models import Count, Exists, Min, OuterRef, Q, QuerySet
from django.utils import timezone

from gongkai.core import conf, tracking
from gongkai.core.models import Unit
from gongkai.core.permissions import get_for_user, scope
from gongkai.foi import clock, letters
from gongkai.foi.models import (
    Application,
    ApplicationEvent,
    DisclosedFile,
    Letter,
    LetterTemplate,
    ReviewCase,
)

Status = Application.Status


def applications_for(user) -> QuerySet[Application]:
    corrections = ApplicationEvent.objects.filter(
        application=OuterRef("pk"), kind__startswith="correction"
    )
    return scope(
        Application.objects.select_related("unit").annotate(has_correction=Exists(corrections)),
        user,
    )


def reminder_days() -> int:
    return int(conf.get("GONGKAI_FOI_REMINDER_DAYS"))


def repeat_threshold() -> int:
    return int(conf.get("GONGKAI_FOI_REPEAT_THRESHOLD"))


def next_deadline(app: Application) -> tuple[dt.date | None, str]:
    """The next date someone must act on, and what it is."""
    if app.status == Status.SUBMITTED:
        return None, "待确认收到（网上/传真/平信申请需与申请人确认）"
    if app.status == Status.CORRECTION:
        return app.correction_due_on, "申请人补正期限"
    if app.status == Status.CONSULTING:
        return app.consultation_due_on, "征求第三方意见期限"
    if app.status == Status.FEE:
        return app.fee_due_on, "缴费期限"
    if app.status == Status.PROCESSING:
        corrected = getattr(app, "has_correction", None)
        if corrected is None:
            corrected = app.events.filter(kind__startswith="correction").exists()
        today = timezone.localdate()
        if (
            not corrected
            and app.correction_notice_due_on
            and app.correction_notice_due_on >= today
            and app.clock_start_on == app.received_on
        ):
            return app.due, f"答复期限（如需补正，须在 {app.correction_notice_due_on} 前告知）"
        return app.due, "答复期限"
    return None, ""


def repeat_suggestions(user) -> list[tuple[str, int, str]]:
    """Information requested at least N times (setting), most requested first."""
    threshold = repeat_threshold()
    base = scope(Application.objects.all(), user)
    rows = list(
        base.exclude(info_key="")
        .values("info_key")
        .annotate(n=Count("id"), first=Min("id"))
        .filter(n__gte=threshold)
        .order_by("-n")[:50]
    )
    # Each key's earliest application, all in one read (not one query per key).
    samples = {
        pk: title or doc_number or description
        for pk, title, doc_number, description in base.filter(
            pk__in=[row["first"] for row in rows]
        ).values_list("pk", "title", "doc_number", "description")
    }
    return [
        (row["info_key"], row["n"], samples[row["first"]])
        for row in rows
        if row["first"] in samples
    ]


def overview(user) -> list[dict]:
    """Per unit: open, due within the reminder window, overdue."""
    today = timezone.localdate()
    soon = clock.current_calendar().add(today, reminder_days()).value
    per: defaultdict[int, dict[str, int]] = defaultdict(
        lambda: {"open": 0, "soon": 0, "overdue": 0, "provisional": 0}
    )
    units = {}
    for app in applications_for(user).filter(status__in=Application.OPEN_STATUSES):
        due, _ = next_deadline(app)
        row = per[app.unit_id]
        units[app.unit_id] = app.unit
        row["open"] += 1
        if due and due < today:
            row["overdue"] += 1
        elif due and due <= soon:
            row["soon"] += 1
        if app.due_provisional:
            row["provisional"] += 1
    return [
        {"unit": units[uid], **counts}
        for uid, counts in sorted(per.items(), key=lambda kv: -kv[1]["overdue"])
    ]


# --- public ---------------------------------------------------------------------------


def access_code_ok(app: Application, code: str) -> bool:
    return tracking.code_matches(app.access_code_hash, app.tracking_number, code)


def application_for_code(tracking_number: str, code: str) -> Application | None:
    """The application with this number when the access code matches, else None."""
    app = Application.objects.select_related("unit").filter(tracking_number=tracking_number).first()
    if app is None or not access_code_ok(app, code):
        return None
    return app


def application_for_applicant(tracking_number: str, code: str) -> Application | None:
    """The one authorisation of the applicant: the application when number and code match.

    Every public read of an application's letters and files starts here (the tracking
    page, the public API); what follows carries signed links (``gongkai.foi.access``).
    """
    number = (tracking_number or "").strip().upper()
    code = (code or "").strip()
    if not number or not code:
        return None
    return application_for_code(number, code)


def applicant_files(app: Application) -> list[DisclosedFile]:
    """The files the applicant receives: only after a disclosing reply."""
    from gongkai.foi.codes import Outcome

    if app.status != Status.REPLIED or app.outcome not in (Outcome.DISCLOSED, Outcome.PARTLY):
        return []
    return list(app.files.order_by("id"))


def applicant_downloads(app: Application, url_for, *, max_age: int | None = None) -> dict:
    """``letters`` and ``files``, each ``{"name", "url"}`` with a signed link.

    ``url_for(token)`` builds the link (a page or an API route)."""
    from gongkai.foi import access

    def link(kind, pk):
        return url_for(access.make_token(app.pk, kind, pk, max_age=max_age))

    out_letters = []
    for lt in app.letters.order_by("issued_on", "id"):
        base = f"{lt.title}（{lt.reference_number}）"
        out_letters.append(
            {"name": f"{base}.pdf", "url": link("letter.pdf", lt.pk), "letter": lt, "fmt": "pdf"}
        )
        out_letters.append(
            {"name": f"{base}.docx", "url": link("letter.docx", lt.pk), "letter": lt, "fmt": "docx"}
        )
    files = [{"name": f.name, "url": link("file", f.pk)} for f in applicant_files(app)]
    return {"letters": out_letters, "files": files}


def download_for_token(token: str):
    """(file name, FieldFile) for a valid token, else None (the caller answers 404)."""
    from gongkai.foi import access

    value = access.read_token(token)
    if value is None:
        return None
    app = Application.objects.filter(pk=value["a"]).first()
    if app is None:
        return None
    if value["k"] == "file":
        item = next((f for f in applicant_files(app) if f.pk == value["p"]), None)
        return (item.name, item.masked or item.file) if item else None
    letter = app.letters.filter(pk=value["p"]).first()
    if letter is None:
        return None
    fmt = value["k"].split(".")[1]
    field = letter.pdf if fmt == "pdf" else letter.docx
    if not field:
        return None
    return f"{letter.title}-{app.tracking_number}.{fmt}", field


def tracked_application(pk: int, tracked: list[int]) -> Application | None:
    """An application this browser session has already opened with its code."""
    if pk not in tracked:
        return None
    return Application.objects.select_related("unit").filter(pk=pk).first()


def public_history(app: Application) -> dict:
    """What the applicant sees: the public events and every letter sent."""
    return {
        "events": app.events.filter(public=True).order_by("on", "id"),
        "letters": app.letters.order_by("issued_on", "id"),
    }


def public_letter(pk: int, tracked: list[int]) -> Letter | None:
    letter = Letter.objects.select_related("application").filter(pk=pk).first()
    if letter is None or letter.application_id not in tracked:
        return None
    return letter


# --- staff ----------------------------------------------------------------------------


def staff_applications(user, *, status: str = "", q: str = "") -> QuerySet[Application]:
    """Applications in scope, nearest reply deadline first; ``status`` "open" = every open one."""
    qs = applications_for(user)
    if status == "open":
        qs = qs.filter(status__in=Application.OPEN_STATUSES)
    elif status in Application.Status.values:
        qs = qs.filter(status=status)
    if q:
        qs = qs.filter(Q(tracking_number__icontains=q) | Q(applicant_name__icontains=q))
    return qs.order_by("due", "-submitted_at")


def staff_rows(user, *, status: str, q: str, limit: int = 200) -> list[dict]:
    """The staff list: each application with the next date someone must act on."""
    rows = []
    for app in staff_applications(user, status=status, q=q)[:limit]:
        due, what = next_deadline(app)
        rows.append({"app": app, "due": due, "what": what})
    return rows


def staff_application(user, pk: int) -> Application:
    """One application in the user's scope, or Http404."""
    return get_for_user(Application.objects.select_related("unit"), user, pk=pk)


def in_scope(user, app: Application) -> bool:
    return scope(Application.objects.all(), user).filter(pk=app.pk).exists()


def blocking_findings(app: Application) -> list[dict]:
    """Personal data or secrecy marks found in the files to disclose (block the reply)."""
    out = []
    for f in app.files.all():
        for finding in f.findings:
            if finding.get("category", "personal") in ("personal", "secrecy"):
                out.append({"file": f.name, **finding})
    return out


def staff_detail(user, app: Application) -> dict:
    """Everything the staff page of one application shows."""
    return {
        "events": app.events.select_related("actor").order_by("on", "id"),
        "letters": app.letters.order_by("issued_on", "id"),
        "files": app.files.all(),
        "fees": app.fees.all(),
        "cases": app.cases.all(),
        "units": Unit.objects.exclude(pk=app.unit_id).order_by("path"),
        "blocking": blocking_findings(app),
        "findings": finding_rows(app),
        "deliveries": list(app.deliveries.order_by("created_at", "id")),
        "repeat_threshold": repeat_threshold(),
        "same_info": scope(Application.objects.filter(info_key=app.info_key), user).count()
        if app.info_key
        else 1,
    } | reply_review_context(user, app)


def pending_reply_draft(app: Application):
    """The reply draft waiting for approval, or None."""
    from gongkai.foi.models import ReplyDraft

    return (
        ReplyDraft.objects.select_related("drafted_by")
        .filter(application=app, status=ReplyDraft.Status.PENDING)
        .first()
    )


def reply_in_review(app: Application) -> bool:
    """Whether a reply has been drafted and waits for approval (the tracking page says so)."""
    from gongkai.foi.models import ReplyDraft

    return ReplyDraft.objects.filter(application=app, status=ReplyDraft.Status.PENDING).exists()


def reply_review_context(user, app: Application) -> dict:
    """The staff page's approval block: the draft waiting, the last one returned, and
    whether this person may approve it (review rights, not its drafter)."""
    from gongkai.core import duties
    from gongkai.core.permissions import may_review
    from gongkai.foi import reply_gate
    from gongkai.foi.models import ReplyDraft

    draft = pending_reply_draft(app)
    returned = (
        ReplyDraft.objects.select_related("reviewed_by")
        .filter(application=app, status=ReplyDraft.Status.RETURNED)
        .order_by("-reviewed_at", "-id")
        .first()
    )
    may = may_review(user, app.unit)
    own = draft is not None and duties.enforced() and duties.is_author(user, draft.drafted_by_id)
    return {
        "reply_review": reply_gate.review_required(),
        "reply_draft": draft,
        "reply_returned": returned if draft is None else None,
        "can_review_reply": bool(draft is not None and may and not own),
        "own_reply_draft": own,
    }


def transfer_unit(pk: int | None) -> Unit | None:
    return Unit.objects.filter(pk=pk or 0).first()


def application_case(app: Application, pk: int | None) -> ReviewCase | None:
    return ReviewCase.objects.filter(pk=pk or 0, application=app).first()


def staff_letter(user, pk: int) -> Letter:
    return get_for_user(
        Letter.objects.select_related("application"), user, "application__unit", pk=pk
    )


def staff_file(user, pk: int) -> DisclosedFile:
    return get_for_user(DisclosedFile.objects.all(), user, "application__unit", pk=pk)


def template_rows() -> list[dict]:
    """Every letter template, with when staff last edited it (None: the built-in text)."""
    saved = dict(LetterTemplate.objects.values_list("key", "updated_at"))
    return [
        {"key": key, "name": name, "edited": saved.get(key)}
        for key, (name, _body) in letters.DEFAULT_TEMPLATES.items()
    ]


def finding_rows(app: Application) -> list[dict]:
    """Every finding of the files to disclose, with the id the reply form keeps it by."""
    from gongkai.privacy import TYPE_LABELS

    rows = []
    for f in app.files.order_by("id"):
        for n, finding in enumerate(f.findings):
            fid = f"{f.pk}-{n}"
            kept = (f.kept or {}).get(fid)
            rows.append(
                {
                    "id": fid,
                    "file": f.name,
                    "label": TYPE_LABELS.get(finding.get("type"), "其他"),
                    "text": finding.get("text", ""),
                    "blocking": finding.get("category", "personal") in ("personal", "secrecy"),
                    "reason": kept["reason"] if kept else "",
                }
            )
    return rows


def delivery_receipt(app: Application) -> dict:
    """What the 送达回证 prints: the letters sent, the applicant, the route."""
    return {
        "app": app,
        "letters": app.letters.order_by("issued_on", "id"),
        "files": applicant_files(app),
        "route": app.get_delivery_route_display(),
    }


def public_events(app: Application):
    """The events of an application the applicant sees, in order."""
    return app.events.filter(public=True).order_by("on", "id")
