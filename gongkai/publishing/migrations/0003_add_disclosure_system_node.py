"""A catalogue node for the 政府信息公开制度 column (RULES §7: four fixed columns)."""

from django.db import migrations


def load(apps, schema_editor):
    CatalogueNode = apps.get_model("publishing", "CatalogueNode")
    CatalogueNode.objects.get_or_create(
        slug="gkzd", defaults={"name": "政府信息公开制度", "sort_order": 5}
    )


class Migration(migrations.Migration):
    dependencies = [("publishing", "0002_load_topics_and_catalogue")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
