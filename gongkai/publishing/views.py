"""Public disclosure pages (/xxgk/, /documents/) and the staff workspace pages."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.paging import CappedPaginator
from gongkai.core.permissions import may_review
from gongkai.publishing import selectors, services
from gongkai.publishing.forms import (
    AttachmentForm,
    CatalogueFilterForm,
    ItemForm,
    NoteForm,
    ReviewForm,
)
from gongkai.publishing.models import PUBLIC_STATUSES, InformationItem

Item = InformationItem
PAGE_SIZE = 20


def _page(request, qs, size=PAGE_SIZE, paginator_class=Paginator):
    paginator = paginator_class(qs, size)
    try:
        number = int(request.GET.get("page", 1))
    except ValueError:
        number = 1
    return paginator.get_page(number)


def _errors(exc: ValidationError) -> list[str]:
    return list(exc.messages)


# --- public ---------------------------------------------------------------------------


def xxgk(request):
    from gongkai.publishing.section import column_tree

    latest = list(selectors.public_item_list()[:10])
    return render(request, "publishing/xxgk.html", {"latest": latest, "tree": column_tree()})


def system(request):
    node = selectors.catalogue_node("gkzd")
    items = selectors.public_item_list({"node": node})[:50] if node else []
    return render(request, "publishing/system.html", {"items": items})


def catalogue(request, slug: str | None = None):
    node = None
    if slug:
        node = selectors.catalogue_node_or_404(slug)
    form = CatalogueFilterForm(request.GET or None)
    filters = {"node": node}
    if form.is_valid():
        filters.update({k: v for k, v in form.cleaned_data.items() if v})
    page = _page(request, selectors.public_item_list(filters), paginator_class=CappedPaginator)
    nodes, topics = selectors.catalogue_filters()
    from gongkai.publishing.section import branch

    return render(
        request,
        "publishing/catalogue.html",
        {
            "form": form,
            "page": page,
            "node": node,
            "nodes": nodes,
            "topics": topics,
            "branch": branch(node),
        },
    )


def document(request, pk: int, print_view: bool = False):
    item = selectors.public_item_detail(pk)
    if item is None:
        raise Http404("未找到该信息，或该信息未公开")
    context = {
        "item": item,
        "attachments": selectors.item_attachments(item),
        "interpretations": selectors.public_interpretations(item),
        "interpreted": selectors.public_interpreted_document(item),
        "related": selectors.public_related(item),
        "column": item.catalogue_node.name if item.catalogue_node_id else "法定主动公开内容",
    }
    template = "publishing/document_print.html" if print_view else "publishing/document.html"
    return render(request, template, context)


def document_print(request, pk: int):
    return document(request, pk, print_view=True)


def attachment_download(request, pk: int, att_id: int):
    from django.http import FileResponse

    item = selectors.public_item_detail(pk)
    if item is None:
        raise Http404("未找到该信息")
    att = selectors.item_attachment_or_404(item, att_id)
    try:
        handle = att.file.open("rb")
    except (FileNotFoundError, OSError) as exc:
        raise Http404("附件文件缺失") from exc
    return FileResponse(handle, as_attachment=True, filename=att.name)


# --- staff workspace ------------------------------------------------------------------


@staff_required
def ws_list(request):
    status = request.GET.get("status", "")
    if status not in Item.Status.values:
        status = ""
    page = _page(request, selectors.staff_items(request.user, status))
    return render(
        request,
        "publishing/ws_list.html",
        {"page": page, "status": status, "statuses": Item.Status.choices},
    )


@staff_required
def ws_create(request):
    form = ItemForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            item = services.item_create(actor=request.user, unit=request.user.unit, **data)
        except (ValidationError, PermissionDenied) as exc:
            for msg in getattr(exc, "messages", [str(exc)]):
                form.add_error(None, msg)
        else:
            messages.success(request, "草稿已保存")
            return redirect("publishing:ws_item", pk=item.pk)
    return render(request, "publishing/ws_form.html", {"form": form, "item": None})


REVISION_SAVED = "已保存为修订稿：提交审核、审核通过并发布后替换公开内容，在此之前公开页面不变"


@staff_required
def ws_edit(request, pk: int):
    item = selectors.staff_item(request.user, pk)
    if item.status in PUBLIC_STATUSES and (current := services.open_revision(item)):
        return redirect("publishing:ws_edit", pk=current.pk)
    form = ItemForm(request.POST or None, instance=item, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.item_update(actor=request.user, item=item, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as exc:
            for msg in getattr(exc, "messages", [str(exc)]):
                form.add_error(None, msg)
        else:
            messages.success(request, "已保存" if saved.pk == item.pk else REVISION_SAVED)
            return redirect("publishing:ws_item", pk=saved.pk)
    return render(request, "publishing/ws_form.html", {"form": form, "item": item})


def _highlight(text: str, findings) -> list[tuple[str, bool]]:
    """Split text into (segment, is_finding) for the review page."""
    needles = sorted({f.text for f in findings if f.text}, key=len, reverse=True)
    if not needles:
        return [(text, False)]
    import re

    pattern = re.compile("|".join(re.escape(n) for n in needles))
    parts, pos = [], 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            parts.append((text[pos : m.start()], False))
        parts.append((m.group(0), True))
        pos = m.end()
    if pos < len(text):
        parts.append((text[pos:], False))
    return parts


@staff_required
def ws_item(request, pk: int):
    item = selectors.staff_item(request.user, pk)
    around = selectors.staff_item_review(item)
    user = request.user
    can_review = may_review(user, item.unit)
    context = {
        "item": item,
        **around,
        "highlighted": _highlight(services.body_text(item), around["open_findings"]),
        "review_form": ReviewForm(),
        "note_form": NoteForm(),
        "attachment_form": AttachmentForm(),
        "can_review": can_review,
        "editable": item.status in services.EDITABLE_STATES,
        "S": Item.Status,
        "revision": selectors.revision_info(item),
        "attributes": Item.Attribute.choices,
    }
    return render(request, "publishing/ws_item.html", context)


ACTIONS = {
    "submit": lambda req, item, data: services.item_submit(actor=req.user, item=item),
    "start_review": lambda req, item, data: services.item_start_review(actor=req.user, item=item),
    "approve": lambda req, item, data: services.item_approve(
        actor=req.user, item=item, checks=data.getlist("checks"), note=data.get("note", "")
    ),
    "return": lambda req, item, data: services.item_return(
        actor=req.user, item=item, note=data.get("note", ""), checks=data.getlist("checks")
    ),
    "publish": lambda req, item, data: services.item_publish(actor=req.user, item=item),
    "withdraw": lambda req, item, data: (
        services.item_reclassify(
            actor=req.user,
            item=item,
            attribute=data["attribute"],
            note=data.get("note", ""),
            withheld_basis=data.get("withheld_basis", ""),
        )
        if data.get("attribute") and data.get("attribute") != item.attribute
        else services.item_withdraw(actor=req.user, item=item, note=data.get("note", ""))
    ),
    "expire": lambda req, item, data: services.item_expire(
        actor=req.user, item=item, note=data.get("note", "")
    ),
    "repeal": lambda req, item, data: services.item_repeal(
        actor=req.user, item=item, note=data.get("note", "")
    ),
}
DONE = {
    "submit": "已提交审核",
    "start_review": "已开始审核",
    "approve": "审核通过",
    "return": "已退回",
    "publish": "已发布",
    "withdraw": "已撤回",
    "expire": "已标记为失效",
    "repeal": "已标记为废止",
}


@staff_required
@require_POST
def ws_action(request, pk: int, action: str):
    item = selectors.staff_item(request.user, pk)
    if action not in ACTIONS:
        raise Http404("没有这个操作")
    try:
        ACTIONS[action](request, item, request.POST)
    except ValidationError as exc:
        for msg in _errors(exc):
            messages.error(request, msg)
    except PermissionDenied as exc:
        messages.error(request, str(exc) or "无权进行此操作")
    else:
        item.refresh_from_db()
        if action == "submit" and item.status == Item.Status.RETURNED:
            messages.error(request, "退文：" + "；".join(item.return_reasons))
        else:
            messages.success(request, DONE[action])
    return redirect("publishing:ws_item", pk=item.pk)


@staff_required
@require_POST
def ws_finding(request, pk: int, finding_id: int):
    item = selectors.staff_item(request.user, pk)
    finding = selectors.item_finding_or_404(item, finding_id)
    try:
        if request.POST.get("do") == "accept":
            services.finding_accept(
                actor=request.user, finding=finding, reason=request.POST.get("reason", "")
            )
            messages.success(request, "已说明理由并保留")
        else:
            services.finding_mask(actor=request.user, finding=finding)
            messages.success(request, "已脱敏")
    except ValidationError as exc:
        for msg in _errors(exc):
            messages.error(request, msg)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
    return redirect(reverse("publishing:ws_item", args=[item.pk]) + "#findings")


@staff_required
@require_POST
def ws_attachment(request, pk: int):
    item = selectors.staff_item(request.user, pk)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            services.attachment_add(
                actor=request.user, item=item, name=upload.name, data=upload.read()
            )
        except (ValidationError, PermissionDenied) as exc:
            for msg in getattr(exc, "messages", [str(exc)]):
                messages.error(request, msg)
        else:
            messages.success(request, "附件已上传")
    else:
        messages.error(request, "请选择要上传的文件")
    return redirect("publishing:ws_item", pk=item.pk)


@staff_required
def ws_ledger(request):
    page = _page(request, selectors.staff_ledger(request.user), size=50)
    return render(request, "publishing/ws_ledger.html", {"page": page})
