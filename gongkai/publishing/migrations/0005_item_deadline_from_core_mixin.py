# The item's publication deadline moves onto the core deadline mixin (same data, the
# names every app shares); the status column is checked against the workflow's states.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('publishing', '0004_public_list_indexes'),
    ]

    operations = [
        migrations.RenameField('informationitem', 'publish_due', 'due'),
        migrations.RenameField('informationitem', 'publish_due_provisional', 'due_provisional'),
        migrations.RenameField('informationitem', 'publish_due_rule', 'due_rule'),
        migrations.RenameField('informationitem', 'publish_due_explanation', 'due_explanation'),
        migrations.AlterField(
            model_name='informationitem',
            name='due',
            field=models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='应公开时限'),
        ),
        migrations.AlterField(
            model_name='informationitem',
            name='due_explanation',
            field=models.TextField(blank=True, verbose_name='期限计算说明'),
        ),
        migrations.AlterField(
            model_name='informationitem',
            name='due_provisional',
            field=models.BooleanField(default=False, verbose_name='期限为暂定'),
        ),
        migrations.AlterField(
            model_name='informationitem',
            name='due_rule',
            field=models.CharField(blank=True, max_length=200, verbose_name='期限规则'),
        ),
        migrations.AddConstraint(
            model_name='informationitem',
            constraint=models.CheckConstraint(condition=models.Q(('status__in', ['draft', 'submitted', 'returned', 'in_review', 'approved', 'published', 'expired', 'repealed', 'withdrawn'])), name='publishing_item_status_in_workflow'),
        ),
    ]
