import pytest

from gongkai.privacy import allow


@pytest.fixture(autouse=True)
def _fresh_allow_list():
    """Every test reads the allow-list (settings and units) afresh."""
    allow.clear_cache()
    yield
    allow.clear_cache()
