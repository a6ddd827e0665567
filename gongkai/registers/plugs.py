"""Everything the registers add to the platform: to-do items (results and penalties to
publish by their deadline, clean-up answers, entries awaiting review), the menu, one
search source and one site-map page per register, the deadline recomputer, section 二's
normative-document counts for the annual report, and the demo data."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils import timezone

from gongkai.core import plugs
from gongkai.core.models import Role
from gongkai.core.permissions import has_role, is_staff_member
from gongkai.core.plugs import TodoItem
from gongkai.registers.registry import SPECS, RegisterSpec
from gongkai.search.contract import SearchDocumentData, SearchSource


def todo_items(user) -> list[TodoItem]:
    if not is_staff_member(user):
        return []
    from gongkai.registers import selectors

    items: list[TodoItem] = []
    for r in selectors.unpublished_results(user):
        items.append(
            TodoItem(
                title=f"公开{r.get_kind_display()}：{r.draw.title}（{r.target.title}）",
                url=reverse("registers:ws_entry", args=["draws", r.draw_id]),
                kind="双随机一公开",
                due=r.due,
                provisional=r.due_provisional,
                unit=str(r.draw.unit),
                note=r.due_explanation,
                severity="danger" if r.due and timezone.localdate() > r.due else "warning",
            )
        )
    for ln in selectors.my_cleanup_lines(user).filter(decision=""):
        items.append(
            TodoItem(
                title=f"报送清理意见：{ln.document.reg_number}《{ln.document.title}》",
                url=reverse("registers:ws_cleanup_lines"),
                kind="规范性文件清理",
                due=ln.campaign.answer_by,
                unit=str(ln.unit),
            )
        )
    for item in selectors.overdue_guides(user):
        items.append(
            TodoItem(
                title=f"公开变更后的办事指南：{item.title}",
                url=reverse("registers:ws_entry", args=["services", item.pk]),
                kind="办事指南",
                due=item.due,
                provisional=item.due_provisional,
                unit=str(item.unit),
                note=item.due_explanation,
                severity="danger" if item.due and timezone.localdate() > item.due else "warning",
            )
        )
    today = timezone.localdate()
    for ds, update_due in selectors.overdue_datasets(user, today):
        items.append(
            TodoItem(
                title=f"更新开放数据：{ds.title}",
                url=reverse("registers:ws_entry", args=["datasets", ds.pk]),
                kind="开放数据",
                due=update_due,
                unit=str(ds.unit),
                note=f"更新频率为{ds.get_frequency_display()}，最近更新于{ds.last_updated_on}",
                severity="danger",
            )
        )
    if has_role(user, Role.REVIEWER, Role.OFFICE):
        year_end = today.replace(month=12, day=31)
        for it in selectors.negative_due(user, today.year)[:100]:
            items.append(
                TodoItem(
                    title=f"{today.year}年度复核负面清单事项：{it.title}",
                    url=reverse("registers:ws_entry", args=["negative", it.pk]),
                    kind="负面清单",
                    due=year_end,
                    unit=str(it.unit),
                    note="逐项复核：继续不予公开或转为公开",
                )
            )
        for spec in selectors.registers_in_review(user):
            for e in selectors.staff_entries(spec, user, status="review")[:50]:
                items.append(
                    TodoItem(
                        title=f"审核{spec.entry_label}：{e.title}",
                        url=reverse("registers:ws_entry", args=[spec.key, e.pk]),
                        kind="公开清单",
                        unit=str(e.unit),
                    )
                )
    return items


def _source(spec: RegisterSpec) -> SearchSource:
    def document(pk: int) -> SearchDocumentData | None:
        from gongkai.registers import selectors

        entry = spec.model.objects.filter(pk=pk, status="published").select_related("unit").first()
        if entry is None:
            return None
        rows = selectors.fields_rows(entry, spec.public_fields)
        return SearchDocumentData(
            title=entry.title,
            body="\n".join(f"{label}：{value}" for label, value in rows),
            url=spec.public_url(entry),
            date=timezone.localdate(entry.published_at) if entry.published_at else None,
            unit_id=entry.unit_id,
            unit_name=str(entry.unit),
            kind=spec.label,
            doc_number=" ".join(str(getattr(entry, f, "")) for f in spec.extra_search).strip(),
            # the search facet knows 有效/失效/废止; an amended document is still in force
            validity={"amended": "valid"}.get(v, v)
            if (v := getattr(entry, "validity", ""))
            else "",
        )

    def public_ids():
        return spec.model.objects.filter(status="published").values_list("pk", flat=True)

    return SearchSource(
        name=f"registers.{spec.key}", label=spec.label, document=document, public_ids=public_ids
    )


def _static_pages(spec: RegisterSpec):
    def pages(pk: int) -> list[str]:
        out = [
            reverse("registers:public_home"),
            spec.list_url,
            reverse("registers:public_detail", args=[spec.key, pk]),
        ]
        if spec.key == "gazette":
            out.append(reverse("registers:gazette_pdf", args=[pk]))
        if spec.key == "draws":
            out.append(reverse("registers:draw_snapshot", args=[pk]))
        return out

    return pages


def sitemap_pages() -> list[tuple[str, str]]:
    pages = [("公开清单", "registers:public_home")]
    for s in sorted(SPECS.values(), key=lambda s: s.order):
        pages.append((s.label, s.list_url, 1))
    return pages


class RegistersSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        out = []
        for s in sorted(SPECS.values(), key=lambda s: s.order):
            ids = (
                s.model.objects.filter(status="published")
                .order_by("id")
                .values_list("pk", flat=True)
            )
            out += [(s.key, pk) for pk in ids]
        from gongkai.registers.models import PowerEdition

        out += [("", pk) for pk in PowerEdition.objects.order_by("id").values_list("pk", flat=True)]
        return out

    def location(self, entry):
        key, pk = entry
        if not key:
            return reverse("registers:public_edition", args=[pk])
        return reverse("registers:public_detail", args=[key, pk])


def _normative_counts(unit, rollup: bool, year: int) -> dict | None:
    from django.db.models import Q

    from gongkai.registers.selectors import section_two_normative

    q = Q(unit__path__startswith=unit.path) if rollup else Q(unit_id=unit.pk)
    return section_two_normative(q, year)


def register() -> None:
    plugs.register_todo("registers", todo_items)
    plugs.register_nav("公开清单", "registers:ws_home", order=670)
    for spec in SPECS.values():
        plugs.register_search_source(_source(spec))
        plugs.register_static_pages(f"registers.{spec.key}", _static_pages(spec))
    plugs.register_sitemap_section(
        "registers", label="公开清单", pages=sitemap_pages, sitemap=RegistersSitemap, order=40
    )
    plugs.register_recomputer(
        "registers.results", plugs.lazy("gongkai.registers.services:recompute_result_deadlines")
    )
    plugs.register_recomputer(
        "registers.guides", plugs.lazy("gongkai.registers.services:recompute_guide_deadlines")
    )
    plugs.register_document_counts("normative", _normative_counts)
    plugs.register_demo("registers", plugs.lazy("gongkai.registers.demo:load"), order=96)
