import pytest
from django.db import transaction

from gongkai.search import backends
from gongkai.search.testing import MemorySource, seed_corpus


@pytest.fixture
def source(db):
    src = MemorySource()
    src.register()
    yield src
    src.unregister()


@pytest.fixture
def corpus(source, gov, dept_a, dept_b):
    """The seed corpus, published and indexed through the same batch path as a rebuild."""
    docs = seed_corpus([(dept_a.pk, dept_a.name), (dept_b.pk, dept_b.name), (gov.pk, gov.name)])
    for pk, data in docs.items():
        source.add(pk, data)
    with transaction.atomic():
        backends.index_batch(source.name, list(docs.items()))
    source.units = {"a": dept_a, "b": dept_b, "gov": gov}
    return source
