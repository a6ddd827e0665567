"""Public disclosure pages (/xxgk/, /documents/) and the staff workspace pages."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.models import Role, Unit
from gongkai.core.permissions import has_role, scope
from gongkai.publishing import selectors, services
from gongkai.publishing.forms import (
    AttachmentForm,
    CatalogueFilterForm,
    ItemForm,
    NoteForm,
    ReviewForm,
)
from gongkai.publishing.models import (
    CatalogueNode,
    InformationItem,
    PrivacyFinding,
    PublicationLedger,
    Topic,
)

Item = InformationItem
PAGE_SIZE = 20


def _page(request, qs, size=PAGE_SIZE):
    paginator = Paginator(qs, size)
    try:
        number = int(request.GET.get("page", 1))
    except ValueError:
        number = 1
    return paginator.get_page(number)


def _errors(exc: ValidationError) -> list[str]:
    return list(exc.messages)


# --- public ---------------------------------------------------------------------------


def home_unit() -> Unit | None:
    """The unit the site belongs to: the hosted site's government, else the first
    top-level government."""
    from gongkai.core import sites

    root = sites.root_unit()
    if root is not None:
        return root
    return (
        Unit.objects.filter(parent__isnull=True, kind=Unit.Kind.GOVERNMENT).order_by("id").first()
        or Unit.objects.filter(parent__isnull=True).order_by("id").first()
    )


def xxgk(request):
    from gongkai.publishing.section import column_tree

    latest = list(selectors.public_item_list()[:10])
    return render(request, "publishing/xxgk.html", {"latest": latest, "tree": column_tree()})


def system(request):
    node = CatalogueNode.objects.filter(slug="gkzd").first()
    items = selectors.public_item_list({"node": node})[:50] if node else []
    return render(request, "publishing/system.html", {"items": items})


def catalogue(request, slug: str | None = None):
    node = None
    if slug:
        node = get_object_or_404(CatalogueNode, slug=slug)
    form = CatalogueFilterForm(request.GET or None)
    filters = {"node": node}
    if form.is_valid():
        filters.update({k: v for k, v in form.cleaned_data.items() if v})
    page = _page(request, selectors.public_item_list(filters))
    nodes = CatalogueNode.objects.filter(parent__slug="fdzdgknr")
    topics = Topic.objects.filter(parent__isnull=True)
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
        "attachments": list(item.attachments.all()),
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
    att = get_object_or_404(item.attachments, pk=att_id)
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


@staff_required
def ws_edit(request, pk: int):
    item = selectors.staff_item(request.user, pk)
    form = ItemForm(request.POST or None, instance=item, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.item_update(actor=request.user, item=item, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as exc:
            for msg in getattr(exc, "messages", [str(exc)]):
                form.add_error(None, msg)
        else:
            messages.success(request, "已保存")
            return redirect("publishing:ws_item", pk=item.pk)
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
    findings = list(item.privacy_findings.all())
    open_findings = [f for f in findings if f.resolution == PrivacyFinding.Resolution.OPEN]
    user = request.user
    can_review = has_role(user, Role.REVIEWER, Role.OFFICE)
    context = {
        "item": item,
        "attachments": list(item.attachments.all()),
        "reviews": list(item.reviews.select_related("reviewer")),
        "findings": findings,
        "open_findings": open_findings,
        "highlighted": _highlight(services.body_text(item), open_findings),
        "review_form": ReviewForm(),
        "note_form": NoteForm(),
        "attachment_form": AttachmentForm(),
        "can_review": can_review,
        "editable": item.status in services.EDITABLE_STATES,
        "interpretations": list(item.interpretations.all()),
        "S": Item.Status,
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
    "withdraw": lambda req, item, data: services.item_withdraw(
        actor=req.user, item=item, note=data.get("note", "")
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
    finding = get_object_or_404(item.privacy_findings, pk=finding_id)
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
    qs = scope(PublicationLedger.objects.select_related("unit", "review__reviewer"), request.user)
    page = _page(request, qs.order_by("-created_at", "-id"), size=50)
    return render(request, "publishing/ws_ledger.html", {"page": page})
