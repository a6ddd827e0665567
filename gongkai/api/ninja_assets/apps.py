import importlib.util
from pathlib import Path

from django.apps import AppConfig


def _ninja_dir() -> str:
    spec = importlib.util.find_spec("ninja")  # finds the package without importing it
    assert spec is not None and spec.origin is not None
    return str(Path(spec.origin).parent)


class NinjaAssetsConfig(AppConfig):
    name = "gongkai.api.ninja_assets"
    label = "ninja"
    verbose_name = "接口文档"
    # templates/ninja/, static/ninja/ and management/commands/ are ninja's own
    path = _ninja_dir()
