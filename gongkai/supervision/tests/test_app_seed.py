"""Seed 003 (泰山区 任务分解表) imported into the database through the upload service."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from gongkai.core.models import Unit
from gongkai.core.services import unit_create
from gongkai.supervision.services import plan_upload


@pytest.fixture
def taishan(db):
    gov = unit_create(name="泰安市泰山区人民政府", kind=Unit.Kind.GOVERNMENT)
    for name in ("泰山区民政局", "泰山区农业局", "泰山区财政局"):
        unit_create(parent=gov, name=name, kind=Unit.Kind.DEPARTMENT)
    for name in ("上高街道办事处", "省庄镇人民政府"):
        unit_create(parent=gov, name=name, kind=Unit.Kind.TOWNSHIP)
    return gov


def test_seed_003_becomes_a_draft_task_table(taishan):
    from gongkai.core.models import Role
    from gongkai.testing import make_staff

    office = make_staff(taishan, Role.OFFICE, "ts_office")
    path = next(settings.GONGKAI_SEEDS_DIR.glob("003_*.txt"))
    upload = SimpleUploadedFile(path.name, path.read_bytes(), content_type="text/plain")
    plan = plan_upload(actor=office, unit=taishan, upload=upload)
    assert plan.year == 2018 and plan.status == "draft"
    assert plan.tasks.count() > 10
    poverty = next(t for t in plan.tasks.all() if "扶贫资金项目公告公示制度" in t.requirement)
    assert poverty.lead_names == ["区扶贫办"] and "区扶贫办" in plan.unmatched_names
    assert sorted(poverty.partner_units.values_list("name", flat=True)) == [
        "上高街道办事处",
        "省庄镇人民政府",
    ]
    civil = next(t for t in plan.tasks.all() if "村务公开" in t.requirement)
    assert "泰山区民政局" in civil.lead_units.values_list("name", flat=True)
    assert plan.source_file.name.endswith(".txt")
