"""重大行政决策目录, 负面清单 and 开放数据 writes (政府公报: ``services.gazette``).

- a decision links its 预公开 consultation by id through the search plug (participation's
  ``participation.consultation`` source answers for public consultations only), and
  cannot be marked decided without it;
- a withheld item is re-checked every year: 继续不予公开 or 转为公开 (which withdraws it);
- a dataset's file is read for a preview when uploaded, and the upload is its update.
"""

from __future__ import annotations

import datetime as dt
import os

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from gongkai.core import plugs
from gongkai.core.audit import audit_record
from gongkai.core.models import Role
from gongkai.core.permissions import has_role, require_unit
from gongkai.registers.models import (
    Dataset,
    DatasetFile,
    EntryStatus,
    MajorDecision,
    NegativeItem,
    NegativeReview,
    ReviewResult,
)
from gongkai.registers.preview import preview
from gongkai.registers.registry import SPECS
from gongkai.registers.services.entries import (
    GUARDS,
    PUBLISH_STEPS,
    field_label,
    search_source,
)

CONSULTATION_SOURCE = "participation.consultation"
MAX_DATA_FILE = 20 * 1024 * 1024


def _reviewer(actor, what: str) -> None:
    if not has_role(actor, Role.REVIEWER, Role.OFFICE):
        raise PermissionDenied(f"{what}需要审核员或公开办")


def _reindex(key: str, pk: int) -> None:
    from gongkai.search.registry import schedule_reindex

    schedule_reindex(search_source(SPECS[key]), pk)


# --- 重大行政决策 ------------------------------------------------------------------------


def consultation(pk: int | None):
    """The public consultation ``pk`` as the search plug sees it, or None."""
    source = plugs.search_sources().get(CONSULTATION_SOURCE)
    if source is None or not pk:
        return None
    return source.document(int(pk))


@transaction.atomic
def decision_link_consultation(
    *, actor, decision: MajorDecision, consultation_id: int
) -> MajorDecision:
    d = MajorDecision.objects.select_for_update().get(pk=decision.pk)
    require_unit(actor, d.unit)
    doc = consultation(consultation_id)
    if doc is None:
        raise ValidationError(
            "未找到该意见征集，或它尚未公开：请先在政民互动中发布决策草案的意见征集"
        )
    d.consultation_id, d.consultation_title, d.consultation_url = (
        consultation_id,
        doc.title,
        doc.url,
    )
    d.save()
    _reindex("decisions", d.pk)
    audit_record(
        actor=actor, action="registers.decision_link", obj=d,
        summary=f"《{d.title}》关联预公开意见征集《{doc.title}》",
    )  # fmt: skip
    return d


@transaction.atomic
def decision_decide(
    *, actor, decision: MajorDecision, decided_on: dt.date, doc_number: str = "", link: str = ""
) -> MajorDecision:
    """Mark a decision decided: its consultation, legality review and collective
    discussion must be on record first."""
    d = MajorDecision.objects.select_for_update().get(pk=decision.pk)
    require_unit(actor, d.unit)
    _reviewer(actor, "登记决策结果")
    if d.stage != MajorDecision.Stage.PLANNED:
        raise ValidationError("该事项已登记决策")
    if d.consultation_id is None or consultation(d.consultation_id) is None:
        raise ValidationError("该决策尚未关联已公开的预公开意见征集，不能标记为已决策")
    missing = [
        field_label(MajorDecision, f)
        for f in ("legality_review_on", "collective_discussion_on")
        if getattr(d, f) is None
    ]
    if missing:
        raise ValidationError(f"请先登记：{'、'.join(missing)}")
    if decided_on < d.collective_discussion_on:  # type: ignore[operator]
        raise ValidationError("决策日期不能早于集体讨论决定日期")
    d.stage, d.decided_on = MajorDecision.Stage.DECIDED, decided_on
    d.decision_doc_number, d.decision_link = doc_number.strip(), link.strip()
    d.save()
    _reindex("decisions", d.pk)
    audit_record(
        actor=actor, action="registers.decision_decide", obj=d,
        summary=f"《{d.title}》已决策（{decided_on.isoformat()}）",
    )  # fmt: skip
    return d


@transaction.atomic
def decision_evaluate(
    *, actor, decision: MajorDecision, evaluated_on: dt.date, text: str
) -> MajorDecision:
    d = MajorDecision.objects.select_for_update().get(pk=decision.pk)
    require_unit(actor, d.unit)
    _reviewer(actor, "登记决策后评估")
    if d.stage == MajorDecision.Stage.PLANNED:
        raise ValidationError("决策作出后才能评估")
    if not text.strip():
        raise ValidationError("请填写评估情况")
    if d.decided_on and evaluated_on < d.decided_on:
        raise ValidationError("评估日期不能早于决策日期")
    d.stage, d.evaluated_on, d.evaluation = (
        MajorDecision.Stage.EVALUATED,
        evaluated_on,
        text.strip(),
    )
    d.save()
    _reindex("decisions", d.pk)
    audit_record(
        actor=actor, action="registers.decision_evaluate", obj=d, summary=f"《{d.title}》决策后评估"
    )
    return d


# --- 负面清单 ----------------------------------------------------------------------------


@transaction.atomic
def negative_review(*, actor, item: NegativeItem, result: str, note: str) -> NegativeItem:
    """This year's re-check of a withheld item; 转为公开 takes it off the list."""
    it = NegativeItem.objects.select_for_update().get(pk=item.pk)
    require_unit(actor, it.unit)
    _reviewer(actor, "复核负面清单")
    if it.status != EntryStatus.PUBLISHED:
        raise ValidationError("只复核已公开的负面清单事项")
    if result not in ReviewResult.values:
        raise ValidationError("请选择继续不予公开或转为公开")
    if not note.strip():
        raise ValidationError("请填写复核说明")
    year = timezone.localdate().year
    if NegativeReview.objects.filter(item=it, year=year).exists():
        raise ValidationError(f"{year}年度已复核")
    NegativeReview.objects.create(
        item=it, year=year, result=result, note=note.strip(), reviewed_by=actor
    )
    it.reviewed_year, it.review_result = year, result
    if result == ReviewResult.DISCLOSE:
        it.status = EntryStatus.WITHDRAWN
    it.save()
    _reindex("negative", it.pk)
    audit_record(
        actor=actor, action="registers.negative_review", obj=it,
        summary=f"负面清单《{it.title}》{year}年度复核：{it.get_review_result_display()}",
    )  # fmt: skip
    return it


# --- 开放数据 ----------------------------------------------------------------------------


@transaction.atomic
def dataset_file_add(*, actor, dataset: Dataset, name: str, data: bytes) -> DatasetFile:
    """Add a data file (CSV, XLSX or JSON), read its preview; the upload is the update."""
    ds = Dataset.objects.select_for_update().get(pk=dataset.pk)
    require_unit(actor, ds.unit)
    fmt = os.path.splitext(name)[1].lower().lstrip(".")
    if fmt not in DatasetFile.Format.values:
        raise ValidationError("只支持 CSV、XLSX 和 JSON 文件")
    if len(data) > MAX_DATA_FILE:
        raise ValidationError("文件不能超过 20 MB")
    try:
        table = preview(data, fmt)
    except ValueError as exc:
        raise ValidationError(str(exc)) from exc
    f = DatasetFile(
        dataset=ds, name=os.path.basename(name)[:200], fmt=fmt, size=len(data), preview=table
    )
    f.file.save(f"{ds.pk}-{os.path.basename(name)}", ContentFile(data), save=False)
    f.save()
    ds.last_updated_on = timezone.localdate()
    ds.save(update_fields=["last_updated_on", "updated_at"])
    if ds.status == EntryStatus.PUBLISHED:
        _reindex("datasets", ds.pk)
    audit_record(
        actor=actor, action="registers.dataset_file_add", obj=ds,
        summary=f"数据集《{ds.title}》上传文件{f.name}（{table['total']}行）",
    )  # fmt: skip
    return f


def _dataset_check(actor, ds: Dataset) -> None:
    if not ds.files.exists():
        raise ValidationError("请先上传至少一个数据文件")


PUBLISH_STEPS["datasets"] = _dataset_check


def _decision_guard(d: MajorDecision, action: str, data: dict | None = None) -> None:
    if action in ("revise", "withdraw") and d.stage != MajorDecision.Stage.PLANNED:
        raise ValidationError("已决策的事项不能撤回；如有调整请登记评估情况")


GUARDS["decisions"] = _decision_guard
