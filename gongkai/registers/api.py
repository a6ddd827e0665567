"""Read API of the registers: the random draws as a third party verifies them
(``/api/v1/inspections/draws``) and every register's published entries
(``/api/v1/registers/{key}``); lists are paginated like ``/api/v1/documents``."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from django.core.paginator import Paginator
from django.urls import reverse
from ninja import Query, Router, Schema
from pydantic import Field

from gongkai.registers import selectors
from gongkai.registers.registry import SPECS, spec

inspections = Router(tags=["双随机一公开"])
registers = Router(tags=["公开清单"])

RegisterKey = Literal[tuple(SPECS)]  # type: ignore[valid-type]


class PageIn(Schema):
    page: int = Field(1, ge=1, le=100000)
    page_size: int = Field(20, ge=1, le=100)


class DrawSummary(Schema):
    id: int
    title: str
    url: str
    unit: str
    unit_id: int
    matter: str
    stage: str
    seed: str
    k_targets: int
    m_inspectors: int
    announced_at: dt.datetime | None
    drawn_at: dt.datetime | None


class DrawPage(Schema):
    count: int
    page: int
    pages: int
    results: list[DrawSummary]


class Selection(Schema):
    candidates: list[str]
    k: int
    selected: list[str]


class Excluded(Schema):
    id: str
    reasons: list[str]


class InspectorSelection(Selection):
    excluded: list[Excluded] = []


class ResultOut(Schema):
    target: str
    kind: str
    outcome: str
    date: dt.date
    text: str
    published_at: dt.datetime | None


class DrawDetail(Schema):
    id: int
    title: str
    unit: str
    matter: str
    stage: str
    rule: str
    params: dict
    hash_rule: str
    snapshot: dict = Field(
        description="抽查计划公布时的名录快照（检查对象、执法检查人员及决定利害关系的字段），"
        "registers_hash 即其规范 JSON 文本的 SHA-256"
    )
    snapshot_url: str
    registers_hash: str
    seed: str = Field(description="随机种子（十六进制），抽取前随抽查计划公布")
    announced_at: dt.datetime | None
    drawn_at: dt.datetime | None
    targets: Selection
    inspectors: InspectorSelection
    names: dict[str, dict[str, str]]
    results: list[ResultOut]


def _paginate(qs, filters: PageIn, out) -> dict:
    paginator = Paginator(qs, filters.page_size)
    page = paginator.get_page(filters.page)
    return {
        "count": paginator.count,
        "page": page.number,
        "pages": paginator.num_pages,
        "results": [out(o) for o in page.object_list],
    }


def _draw_summary(d) -> dict:
    return {
        "id": d.pk,
        "title": d.title,
        "url": d.get_absolute_url(),
        "unit": d.unit.name,
        "unit_id": d.unit_id,
        "matter": d.matter.title,
        "stage": d.get_stage_display(),
        "seed": d.seed,
        "k_targets": d.k_targets,
        "m_inspectors": d.m_inspectors,
        "announced_at": d.published_at,
        "drawn_at": d.drawn_at,
    }


@inspections.get("/draws", response=DrawPage, summary="已公布的随机抽查")
def draw_list(request, filters: Query[PageIn]):
    return _paginate(selectors.public_draws(), filters, _draw_summary)


@inspections.get(
    "/draws/{int:draw_id}",
    response=DrawDetail,
    summary="一次随机抽查：种子、候选和抽取结果（可复核）",
    description=(
        "候选按 HMAC-SHA256(key=seed 的十六进制文本 UTF-8 字节, msg=候选编号 UTF-8 字节)"
        " 的十六进制摘要升序排列，取前 k 个。执法检查人员的候选已排除与抽中对象存在利害关系者。"
    ),
)
def draw_detail(request, draw_id: int):
    return selectors.draw_document(selectors.public_draw(draw_id))


@inspections.get(
    "/draws/{int:draw_id}/snapshot",
    response=dict,
    summary="一次随机抽查的名录快照（可重新计算名录内容摘要）",
    description=(
        "返回抽查计划公布时固定的候选名录：targets（编号 id、名称 name、主管单位 unit）和"
        " inspectors（编号 id、名称 name、所属单位 unit、需回避的检查对象 related）。"
        "将其写成键名排序、无空格、UTF-8 编码的 JSON 文本，SHA-256 即 registers_hash；"
        '随机种子 seed = SHA-256({"params": params, "registers": registers_hash} 按同样方式'
        "写成的 JSON 文本)。"
    ),
)
def draw_snapshot(request, draw_id: int):
    return selectors.public_draw(draw_id).pool or {}


class EntrySummary(Schema):
    id: int
    title: str
    url: str
    unit: str
    unit_id: int
    version: int
    published_at: dt.datetime | None
    fields: dict[str, str]


class EntryPage(Schema):
    count: int
    page: int
    pages: int
    results: list[EntrySummary]


class VersionOut(Schema):
    version: int
    published_at: dt.datetime
    changes: list[dict[str, str]]


class EntryDetail(EntrySummary):
    register_name: str
    history: list[VersionOut]


def _entry_out(s):
    def out(e) -> dict:
        return {
            "id": e.pk,
            "title": e.title,
            "url": s.public_url(e),
            "unit": e.unit.name,
            "unit_id": e.unit_id,
            "version": e.version,
            "published_at": e.published_at,
            "fields": dict(selectors.fields_rows(e, s.public_fields)),
        }

    return out


@registers.get("/{key}", response=EntryPage, summary="一个公开清单的已公开条目")
def entry_list(request, key: RegisterKey, filters: Query[PageIn], unit: int | None = None):
    s = spec(key)
    return _paginate(selectors.public_entries(s, unit=unit), filters, _entry_out(s))


@registers.get("/{key}/{int:entry_id}", response=EntryDetail, summary="一个已公开条目及其版本")
def entry_detail(request, key: RegisterKey, entry_id: int):
    s = spec(key)
    e = selectors.public_entry(s, entry_id)
    return {**_entry_out(s)(e), "register_name": s.label, "history": selectors.history(e)}


powers = Router(tags=["权责清单"])


class EditionSummary(Schema):
    id: int
    unit: str
    unit_id: int
    year: int
    count: int
    published_at: dt.datetime


class EditionPage(Schema):
    count: int
    page: int
    pages: int
    results: list[EditionSummary]


class EditionDetail(EditionSummary):
    rows: list[dict]
    diff: dict


def _edition_out(e) -> dict:
    return {
        "id": e.pk,
        "unit": e.unit.name,
        "unit_id": e.unit_id,
        "year": e.year,
        "count": len(e.rows),
        "published_at": e.published_at,
    }


@powers.get("", response=EditionPage, summary="各单位年度权责清单")
def edition_list(request, filters: Query[PageIn], unit: int | None = None):
    return _paginate(selectors.public_editions(unit), filters, _edition_out)


@powers.get(
    "/{int:edition_id}",
    response=EditionDetail,
    summary="一份年度权责清单及与上一年度相比的调整",
    description="diff 含 added（新增）、removed（取消）、changed（调整，按权力编码对应）。",
)
def edition_detail(request, edition_id: int):
    e = selectors.public_edition(edition_id)
    return {**_edition_out(e), "rows": e.rows, "diff": e.diff}


datasets = Router(tags=["开放数据"])


class FileOut(Schema):
    id: int
    name: str
    format: str
    size: int
    url: str
    uploaded_at: dt.datetime
    total_rows: int
    header: list[str]
    preview: list[list[str]]


class DatasetDetail(EntrySummary):
    topic: str
    frequency: str
    licence: str
    last_updated_on: dt.date | None
    files: list[FileOut]


def _file_out(f) -> dict:
    return {
        "id": f.pk,
        "name": f.name,
        "format": f.fmt,
        "size": f.size,
        "url": reverse("registers:dataset_file", args=[f.dataset_id, f.pk]),
        "uploaded_at": f.uploaded_at,
        "total_rows": f.preview.get("total", 0),
        "header": f.preview.get("header", []),
        "preview": f.preview.get("rows", []),
    }


@datasets.get("", response=EntryPage, summary="开放数据集目录")
def dataset_list(request, filters: Query[PageIn], unit: int | None = None):
    s = spec("datasets")
    return _paginate(selectors.public_entries(s, unit=unit), filters, _entry_out(s))


@datasets.get(
    "/{int:dataset_id}", response=DatasetDetail, summary="一个开放数据集：元数据、文件和预览"
)
def dataset_detail(request, dataset_id: int):
    s = spec("datasets")
    ds = selectors.public_entry(s, dataset_id)
    return {
        **_entry_out(s)(ds),
        "topic": ds.topic,
        "frequency": ds.get_frequency_display(),
        "licence": ds.licence,
        "last_updated_on": ds.last_updated_on,
        "files": [_file_out(f) for f in selectors.dataset_files(ds)],
    }


routers = [
    ("inspections", inspections),
    ("registers", registers),
    ("power-lists", powers),
    ("datasets", datasets),
]
