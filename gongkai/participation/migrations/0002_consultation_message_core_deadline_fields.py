"""Consultation and Message store their deadline with core's DeadlineFields.

Consultation's ``feedback_due*`` columns are renamed (no data is lost) to ``due``,
``due_provisional``, ``due_rule`` and ``due_explanation``; Message already had those
names. Both then take the mixin's definitions: rule up to 200 characters, explanation
unbounded, ``due`` indexed (and nullable, as everywhere else).
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("participation", "0001_consultations_mailbox_surveys_meetings_replies"),
    ]

    operations = [
        migrations.RenameField("consultation", "feedback_due", "due"),
        migrations.RenameField("consultation", "feedback_due_provisional", "due_provisional"),
        migrations.RenameField("consultation", "feedback_due_rule", "due_rule"),
        migrations.RenameField("consultation", "feedback_due_explanation", "due_explanation"),
        migrations.AlterField(
            model_name="consultation",
            name="due",
            field=models.DateField(blank=True, db_index=True, null=True, verbose_name="期限"),
        ),
        migrations.AlterField(
            model_name="consultation",
            name="due_provisional",
            field=models.BooleanField(default=False, verbose_name="期限为暂定"),
        ),
        migrations.AlterField(
            model_name="consultation",
            name="due_rule",
            field=models.CharField(blank=True, max_length=200, verbose_name="期限规则"),
        ),
        migrations.AlterField(
            model_name="consultation",
            name="due_explanation",
            field=models.TextField(blank=True, verbose_name="期限计算说明"),
        ),
        migrations.AlterField(
            model_name="message",
            name="due",
            field=models.DateField(blank=True, db_index=True, null=True, verbose_name="期限"),
        ),
        migrations.AlterField(
            model_name="message",
            name="due_provisional",
            field=models.BooleanField(default=False, verbose_name="期限为暂定"),
        ),
        migrations.AlterField(
            model_name="message",
            name="due_rule",
            field=models.CharField(blank=True, max_length=200, verbose_name="期限规则"),
        ),
        migrations.AlterField(
            model_name="message",
            name="due_explanation",
            field=models.TextField(blank=True, verbose_name="期限计算说明"),
        ),
    ]
