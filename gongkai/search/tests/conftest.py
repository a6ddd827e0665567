import pytest
from django.db import transaction

from gongkai.search import backends
from gongkai.search.testing import MemorySource, seed_corpus
from gongkai.testing import loaded_for_module


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


def _corpus_units():
    """The units of the root conftest's ``gov``, ``dept_a`` and ``dept_b`` fixtures."""
    from gongkai.core.models import Unit
    from gongkai.core.services import unit_create

    gov = unit_create(
        name="测试县人民政府",
        kind=Unit.Kind.GOVERNMENT,
        code="015281722",
        phone="0886-1234567",
        address="测试县人民路1号",
        office_hours="工作日",
    )
    dept_a = unit_create(
        parent=gov, name="测试县民政局", kind=Unit.Kind.DEPARTMENT, code="015281730"
    )
    dept_b = unit_create(
        parent=gov, name="测试县教育局", kind=Unit.Kind.DEPARTMENT, code="015281749"
    )
    return {"a": dept_a, "b": dept_b, "gov": gov}


@pytest.fixture(scope="module")
def _corpus_for_module(django_db_setup, django_db_blocker):
    """The corpus of ``corpus``, indexed once for a whole module (the indexing is the slow
    part) and rolled back when the module is done."""
    built = {}

    def load():
        units = _corpus_units()
        docs = seed_corpus([(units[k].pk, units[k].name) for k in ("a", "b", "gov")])
        with transaction.atomic():
            backends.index_batch(MemorySource().name, list(docs.items()))
        built.update(docs=docs, unit_pks={k: u.pk for k, u in units.items()})

    with loaded_for_module(django_db_blocker, load):
        yield built


@pytest.fixture
def shared_corpus(_corpus_for_module, source):
    """The same corpus as ``corpus`` for a module whose tests only search it (or add to it
    in their own savepoint): indexed once per module; each test gets its own source holding
    the documents, so what one test adds or withdraws stays with that test. A module uses
    it through its own ``corpus`` fixture that returns this one."""
    from gongkai.core.models import Unit

    for pk, data in _corpus_for_module["docs"].items():
        source.add(pk, data)
    source.units = {k: Unit.objects.get(pk=pk) for k, pk in _corpus_for_module["unit_pks"].items()}
    return source
