"""The office's pages on its own subtree: units, staff accounts, roles and review grants.

Only 公开办 members (and superusers) enter (403 for other roles); a unit or person outside
the office's subtree is not found (404). Every write is a service in ``gongkai.core.office``.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from gongkai.core import office
from gongkai.core import office_selectors as sel
from gongkai.core.decorators import staff_required
from gongkai.core.models import Role
from gongkai.core.permissions import visible_units
from gongkai.workspace import forms

OFFICE = (Role.OFFICE,)


def _form_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def _units(request):
    return visible_units(request.user).order_by("path")


# --- units ---------------------------------------------------------------------------


@staff_required(roles=OFFICE)
def units(request):
    form = forms.UnitCreateForm(request.POST or None, units=_units(request))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        parent = data.pop("parent")
        try:
            unit = office.office_unit_create(actor=request.user, parent=parent, **data)
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, f"已新建机构“{unit.name}”")
            return redirect("workspace:unit", pk=unit.pk)
    return render(
        request, "workspace/people/units.html", {"rows": sel.tree_rows(request.user), "form": form}
    )


@staff_required(roles=OFFICE)
def unit(request, pk: int):
    obj = sel.office_unit(request.user, pk)
    initial = {f: getattr(obj, f) for f in ("name", "short_name", "kind", "code", "phone")}
    form = forms.UnitForm(request.POST or None, initial=initial)
    move_form = forms.UnitMoveForm(
        initial={"parent": obj.parent_id}, units=sel.move_targets(request.user, obj)
    )
    if request.method == "POST" and form.is_valid():
        try:
            office.office_unit_update(actor=request.user, unit=obj, **form.cleaned_data)
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, "机构信息已保存")
            return redirect("workspace:unit", pk=obj.pk)
    return render(
        request,
        "workspace/people/unit.html",
        {
            "unit": obj,
            "form": form,
            "move_form": move_form,
            "can_move": obj.pk != request.user.unit_id or request.user.is_superuser,
            "staff": sel.office_staff(request.user, unit=obj),
        },
    )


@require_POST
@staff_required(roles=OFFICE)
def unit_move(request, pk: int):
    obj = sel.office_unit(request.user, pk)
    form = forms.UnitMoveForm(request.POST, units=sel.move_targets(request.user, obj))
    if form.is_valid():
        try:
            office.office_unit_move(
                actor=request.user, unit=obj, parent=form.cleaned_data["parent"]
            )
        except ValidationError as exc:
            messages.error(request, "；".join(exc.messages))
        else:
            messages.success(request, f"已将“{obj.name}”调整到“{form.cleaned_data['parent']}”之下")
    else:
        messages.error(request, "请选择新的上级机构")
    return redirect("workspace:unit", pk=obj.pk)


# --- staff ---------------------------------------------------------------------------


@staff_required(roles=OFFICE)
def staff(request):
    form = forms.StaffCreateForm(request.POST or None, units=_units(request))
    if request.method == "POST" and form.is_valid():
        try:
            person, password = office.office_staff_create(actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            return _show_password(request, person, password, created=True)
    return render(
        request,
        "workspace/people/staff.html",
        {"people": sel.office_staff(request.user), "form": form},
    )


def _show_password(request, person, password: str, *, created: bool):
    """The one-time password, shown in this response only (never stored, never cached)."""
    response = render(
        request,
        "workspace/people/password.html",
        {"person": person, "password": password, "created": created},
    )
    response["Cache-Control"] = "no-store"
    return response


@staff_required(roles=OFFICE)
def person(request, pk: int):
    obj = sel.office_person(request.user, pk)
    initial = {
        "name": f"{obj.last_name}{obj.first_name}",
        "unit": obj.unit_id,
        "role": obj.role,
        "email": obj.email,
        "phone": obj.phone,
    }
    form = forms.StaffForm(request.POST or None, initial=initial, units=_units(request))
    if request.method == "POST" and form.is_valid():
        try:
            office.office_staff_update(actor=request.user, user=obj, **form.cleaned_data)
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, "人员信息已保存")
            return redirect("workspace:person", pk=obj.pk)
    grant_form = forms.ReviewGrantForm(
        initial={"units": list(obj.review_units.all())}, units=_units(request)
    )
    return render(
        request,
        "workspace/people/person.html",
        {
            "person": obj,
            "form": form,
            "grant_form": grant_form,
            "reason_form": forms.ReasonForm(),
            "is_office_role": obj.role == Role.OFFICE,
            "is_self": obj.pk == request.user.pk,
        },
    )


@require_POST
@staff_required(roles=OFFICE)
def person_grants(request, pk: int):
    obj = sel.office_person(request.user, pk)
    form = forms.ReviewGrantForm(request.POST, units=_units(request))
    if form.is_valid():
        try:
            office.office_review_grants_set(
                actor=request.user, user=obj, units=form.cleaned_data["units"]
            )
        except ValidationError as exc:
            messages.error(request, "；".join(exc.messages))
        else:
            messages.success(request, "审核权已更新")
    else:
        messages.error(request, "所选机构无效，请重新选择")
    return redirect("workspace:person", pk=obj.pk)


@require_POST
@staff_required(roles=OFFICE)
def person_deactivate(request, pk: int):
    obj = sel.office_person(request.user, pk)
    form = forms.ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        office.office_staff_deactivate(actor=request.user, user=obj, reason=reason)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(request, f"已停用 {obj} 的账号，其经办记录全部保留")
    return redirect("workspace:person", pk=obj.pk)


@require_POST
@staff_required(roles=OFFICE)
def person_reactivate(request, pk: int):
    obj = sel.office_person(request.user, pk)
    try:
        office.office_staff_reactivate(actor=request.user, user=obj)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(request, f"已恢复 {obj} 的账号")
    return redirect("workspace:person", pk=obj.pk)


@never_cache
@require_POST
@staff_required(roles=OFFICE)
def person_password(request, pk: int):
    obj = sel.office_person(request.user, pk)
    try:
        password = office.office_password_reset(actor=request.user, user=obj)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
        return redirect("workspace:person", pk=obj.pk)
    return _show_password(request, obj, password, created=False)
