# The reply deadline uses the core DeadlineFields names (due, due_provisional, due_rule,
# due_explanation); due_on is renamed in place, no data is copied or lost.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("foi", "0001_applications_events_letters_cases"),
    ]

    operations = [
        migrations.RenameField(
            model_name="application",
            old_name="due_on",
            new_name="due",
        ),
    ]
