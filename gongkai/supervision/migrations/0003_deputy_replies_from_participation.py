"""政民互动's former 建议提案复文 (participation.DeputyReply) become published suggestions here,
so that 建议提案办理 has one owner. Every field is carried over (the deputy's name, contact
and distribution list stay internal, as they were); the old rows are left in place, and
``legacy_reply_id`` lets the old public address redirect to the new one. Running it again
adds nothing; reversing it removes only the suggestions it created."""

import re

from django.db import migrations
from django.utils import timezone

KIND = {"npc": "deputy", "cppcc": "member"}


def _number(raw: str) -> str:
    return re.sub(r"^第|号$", "", (raw or "").strip())[:40]


def forward(apps, schema_editor):
    try:
        DeputyReply = apps.get_model("participation", "DeputyReply")
    except LookupError:  # participation not installed: nothing to carry over
        return
    Suggestion = apps.get_model("supervision", "Suggestion")
    done = set(
        Suggestion.objects.exclude(legacy_reply_id=None).values_list("legacy_reply_id", flat=True)
    )
    for r in DeputyReply.objects.order_by("id").iterator():
        if r.pk in done:
            continue
        when = r.published_at or r.created_at
        day = timezone.localtime(when).date() if when else timezone.localdate()
        Suggestion.objects.create(
            kind=KIND.get(r.kind, "deputy"),
            year=day.year,
            number=_number(r.number),
            title=r.title,
            published_title=r.title,
            proposer=r.deputy_name[:100],
            proposer_contact=r.deputy_contact,
            distribution=r.distribution,
            content="",
            lead_unit_id=r.unit_id,
            assigned_on=day,
            due=None,
            due_rule="原建议提案复文",
            due_explanation="由政民互动的建议提案复文迁入，原记录没有交办日期和答复期限",
            status="published" if r.published_at else "approved",
            reply=r.body,
            reply_summary=r.summary,
            publish_mode=r.mode,
            replied_on=day,
            published_reply=r.published_text if r.published_at else "",
            published_at=r.published_at,
            legacy_reply_id=r.pk,
        )


def backward(apps, schema_editor):
    Suggestion = apps.get_model("supervision", "Suggestion")
    Suggestion.objects.exclude(legacy_reply_id=None).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("supervision", "0002_suggestion_deidentify_fields"),
        ("participation", "0001_consultations_mailbox_surveys_meetings_replies"),
    ]

    operations = [migrations.RunPython(forward, backward)]
