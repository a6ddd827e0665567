"""The index of a site's column (issue 23): ``(unit, catalogue_node, published_at DESC, id
DESC)`` over the public items, so that a column's page and its capped count read only the
rows of that site's column. On PostgreSQL it is built with CREATE INDEX CONCURRENTLY, so that
an installation with millions of items keeps taking writes while it is built (about 3 s per
million rows on the benchmark machine); elsewhere it is a plain CREATE INDEX."""

from django.db import migrations, models


class AddIndexOnline(migrations.AddIndex):
    """AddIndex, built concurrently on PostgreSQL (the migration is not atomic)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        model = to_state.apps.get_model(app_label, self.model_name)
        if self.allow_migrate_model(schema_editor.connection.alias, model):
            online = schema_editor.connection.vendor == "postgresql"
            schema_editor.add_index(model, self.index, **({"concurrently": True} if online else {}))

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        model = from_state.apps.get_model(app_label, self.model_name)
        if self.allow_migrate_model(schema_editor.connection.alias, model):
            online = schema_editor.connection.vendor == "postgresql"
            schema_editor.remove_index(
                model, self.index, **({"concurrently": True} if online else {})
            )


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("publishing", "0010_public_order_index"),
    ]

    operations = [
        AddIndexOnline(
            model_name="informationitem",
            index=models.Index(
                condition=models.Q(
                    ("attribute", "proactive"),
                    ("published_at__isnull", False),
                    ("status__in", ["published", "expired", "repealed"]),
                ),
                fields=["unit", "catalogue_node", "-published_at", "-id"],
                name="pub_item_site_column",
            ),
        ),
    ]
