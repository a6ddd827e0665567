"""The database refuses a status that the workflow tables (models.*_TRANSITIONS) don't know."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("participation", "0002_consultation_message_core_deadline_fields"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="consultation",
            constraint=models.CheckConstraint(
                condition=models.Q(("status__in", ["draft", "published", "withdrawn"])),
                name="consultation_status_in_workflow",
            ),
        ),
        migrations.AddConstraint(
            model_name="message",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("status__in", ["answered", "in_review", "invalid", "processing"])
                ),
                name="message_status_in_workflow",
            ),
        ),
    ]
