import pytest


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Pages here fill cached lists (search filters, synonyms) from this test's data;
    drop them so that a later test in the same process sees its own."""
    from django.core.cache import cache

    yield
    cache.clear()


@pytest.fixture
def catalogue(db):
    """The topic and column rows the migrations load (a transactional test flushes them)."""
    from importlib import import_module

    from django.apps import apps

    import_module("gongkai.publishing.migrations.0002_load_topics_and_catalogue").load(apps, None)
    import_module("gongkai.publishing.migrations.0006_county_site_columns").forwards(apps, None)
