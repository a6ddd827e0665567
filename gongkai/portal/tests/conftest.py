import pytest


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Pages here fill cached lists (search filters, synonyms) from this test's data;
    drop them so that a later test in the same process sees its own."""
    from django.core.cache import cache

    yield
    cache.clear()
