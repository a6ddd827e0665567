"""Helpers shared by the foi write modules: lock, check, record an event, issue a letter.

Every transition locks the application row (``_lock``), checks the actor's unit
(``_check``) and the state, writes the change, one ``ApplicationEvent`` (``_event``) and
one audit row, then recomputes the due date (``gongkai.foi.clock.recompute``).
"""

from __future__ import annotations

import datetime as dt
import secrets
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import timezone

from gongkai.core import conf
from gongkai.core.permissions import require_unit
from gongkai.core.workflow import transition
from gongkai.foi import letters
from gongkai.foi.models import (
    IN_PLACE,
    TRANSITIONS,
    Application,
    ApplicationEvent,
    Letter,
    LetterSequence,
)

Status = Application.Status
Ev = ApplicationEvent.Kind


def _today() -> dt.date:
    return timezone.localdate()


def _lock(app: Application) -> Application:
    return Application.objects.select_for_update().select_related("unit").get(pk=app.pk)


def _event(app, kind, on, actor, note="", public=True, **data) -> ApplicationEvent:
    return ApplicationEvent.objects.create(
        application=app,
        kind=kind,
        on=on,
        actor=actor if getattr(actor, "pk", None) else None,
        note=note,
        public=public,
        data={k: str(v) if isinstance(v, dt.date | Decimal) else v for k, v in data.items()},
    )


def _check(actor, app: Application) -> None:
    if actor is not None:
        require_unit(actor, app.unit)


def _transition(app: Application, action: str) -> str:
    """The state ``action`` leads to (``TRANSITIONS``), or a ValidationError."""
    return transition(app, action, TRANSITIONS)


def _require(app: Application, action: str) -> None:
    """Check an action that keeps the state (``IN_PLACE``), with the same error."""
    transition(app, action, {action: (IN_PLACE[action], app.status)})


def _letter(
    app: Application, kind: str, actor, on: dt.date, context: dict, body: str | None = None
) -> Letter:
    if body is None:
        ctx = letters.base_context(app) | {k: str(v) for k, v in context.items()}
        ctx["due_on"] = letters._cn_date(app.due) if app.due else ""
        body = letters.fill(letters.template_body(kind), ctx)
    body = letters.address_applicant(body, app)
    unit = app.unit
    reference = _reference_number(unit, kind, on.year)
    n = app.letters.filter(kind=kind).count() + 1
    suffix = f"-{n}" if n > 1 else ""
    title = letters.TITLES[kind]
    rendered = letters.render(
        title=title, reference=reference, body=body, unit_name=unit.name, issued_on=on
    )
    letter = Letter(
        application=app,
        kind=kind,
        reference_number=reference,
        title=title,
        body=body,
        issued_on=on,
        created_by=actor if getattr(actor, "pk", None) else None,
    )
    stem = f"{app.tracking_number}-{kind}{suffix}-{secrets.token_hex(12)}"
    letter.docx.save(f"{stem}.docx", ContentFile(rendered.docx), save=False)
    letter.pdf.save(f"{stem}.pdf", ContentFile(rendered.pdf), save=False)
    letter.save()
    if kind != "reply":  # the reply is delivered by services.delivery.deliver_reply
        from gongkai.foi.services.delivery import notify

        notify(actor=actor, app=app, letter=letter, on=on)
    return letter


def _reference_number(unit, kind: str, year: int) -> str:
    """The next letter number of ``unit`` for ``kind`` in ``year`` (GONGKAI_FOI_LETTER_NUMBER).

    The counter row is locked, so two replies of one unit never get the same number; the
    tracking number is never part of it.
    """
    seq, _ = LetterSequence.objects.get_or_create(unit=unit, year=year, kind=kind)
    seq = LetterSequence.objects.select_for_update().get(pk=seq.pk)
    pattern = conf.get("GONGKAI_FOI_LETTER_NUMBER")
    while True:
        seq.last += 1
        reference = letters.fill(
            pattern,
            {
                "unit": unit.short_name or unit.name,
                "kind": letters.KIND_CODES[kind],
                "year": year,
                "n": seq.last,
            },
        )
        if not Letter.objects.filter(reference_number=reference).exists():
            break
    seq.save(update_fields=["last"])
    return reference
