"""Default update cadences of the standard columns (RULES §2, §7); editable in the admin.

Only columns that exist and have no cadence yet get one, so re-running adds nothing.
"""

from django.db import migrations

# slug -> (cadence, column kind)
DEFAULTS = {
    "gzdt": ("event", "news"),
    "tzgg": ("event", "notice"),
    "zcwj": ("event", "notice"),
    "gfxwj": ("event", "notice"),
    "zcjd": ("event", "notice"),
    "shjz": ("quarterly", "other"),
    "czxx": ("yearly", "other"),
    "tjxx": ("yearly", "other"),
    "ghjh": ("yearly", "other"),
    "zwgkgz": ("yearly", "other"),
    "jgzn": ("yearly", "other"),
}


def load(apps, schema_editor):
    Node = apps.get_model("publishing", "CatalogueNode")
    Cadence = apps.get_model("reports", "CatalogueCadence")
    for node in Node.objects.filter(slug__in=DEFAULTS):
        cadence, kind = DEFAULTS[node.slug]
        Cadence.objects.get_or_create(node=node, defaults={"cadence": cadence, "column_kind": kind})


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_annual_reports_figures_cadence_assessment"),
        ("publishing", "0002_load_topics_and_catalogue"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
