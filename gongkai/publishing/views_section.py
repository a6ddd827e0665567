"""Pages of the 政府信息公开 section: 指南 (per unit, with its form and process chart),
机构信息, and the office's page to edit both."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from gongkai.core import sites
from gongkai.core.decorators import staff_required
from gongkai.core.models import Role, Unit
from gongkai.core.permissions import visible_units
from gongkai.publishing import guide as G
from gongkai.publishing import section, section_services, selectors
from gongkai.publishing.forms_section import ProfileForm
from gongkai.publishing.models import CatalogueNode, Leader, UnitProfile


def _unit_from(request) -> Unit | None:
    from gongkai.publishing.views import home_unit

    raw = request.GET.get("unit", "")
    unit = sites.public_units().filter(pk=int(raw)).first() if raw.isdigit() else None
    return unit or home_unit()


def guide(request):
    unit = _unit_from(request)
    context = {"unit": unit, "units": section.units_for_public()}
    if unit is not None:
        profile = UnitProfile.objects.filter(unit=unit).first()
        context.update(
            {
                "profile": profile,
                "contacts": G.contacts(unit, profile),
                "fees": G.fee_lines(),
                "steps": G.process_steps(),
            }
        )
    return render(request, "publishing/guide.html", context)


FORM_FORMATS = {
    "docx": (
        G.application_form_docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "pdf": (G.application_form_pdf, "application/pdf"),
}


def guide_form(request, unit_id: int, fmt: str):
    if fmt not in FORM_FORMATS:
        raise Http404("不支持的格式")
    unit = get_object_or_404(Unit, pk=unit_id)
    render_fn, content_type = FORM_FORMATS[fmt]
    response = HttpResponse(render_fn(unit), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="application-form-{unit.pk}.{fmt}"'
    return response


def institution(request):
    unit = _unit_from(request)
    node = CatalogueNode.objects.filter(slug="jgzn").first()
    items = []
    if unit is not None and node is not None:
        items = list(selectors.public_item_list({"node": node, "unit": unit.pk})[:20])
    return render(
        request,
        "publishing/institution.html",
        {
            "info": section.institution(unit) if unit is not None else None,
            "units": section.units_for_public(),
            "items": items,
            "node": node,
        },
    )


@staff_required(roles=(Role.OFFICE,))
def ws_profile(request):
    units = visible_units(request.user).order_by("path")
    raw = request.GET.get("unit", "")
    unit = units.filter(pk=int(raw)).first() if raw.isdigit() else None
    unit = unit or request.user.unit
    profile = UnitProfile.objects.filter(unit=unit).first()
    leaders = "\n".join(
        "｜".join(p for p in (lead.name, lead.position, lead.duties) if p)
        for lead in Leader.objects.filter(unit=unit)
    )
    form = ProfileForm(request.POST or None, instance=profile, initial={"leaders": leaders})
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            section_services.profile_save(actor=request.user, unit=unit, **data)
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for field, errs in exc.message_dict.items():
                    form.add_error(field if field in form.fields else None, errs)
            else:
                form.add_error(None, exc.messages)
        except PermissionDenied as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "已保存，公开指南和机构信息页面已同步更新")
            return redirect(f"{request.path}?unit={unit.pk}")
    return render(
        request, "publishing/ws_profile.html", {"form": form, "unit": unit, "units": units}
    )
