"""Every staff member sets their own password (first after a one-time one from the office)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.forms import PasswordChangeForm
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from gongkai.core import office
from gongkai.core.decorators import staff_required


class OwnPasswordForm(PasswordChangeForm):
    """Django's form with Chinese labels; the write goes through the audited service."""

    error_messages = {
        **PasswordChangeForm.error_messages,
        "password_incorrect": "当前密码不正确，请重新输入",
        "password_mismatch": "两次输入的新密码不一致",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = "当前密码"
        self.fields["new_password1"].label = "新密码"
        self.fields[
            "new_password1"
        ].help_text = "至少 10 个字符，不要只用数字，不要与登录名或姓名相近"
        self.fields["new_password2"].label = "再次输入新密码"
        for field in self.fields.values():
            field.error_messages["required"] = "此项为必填项"

    def save(self, commit=True):
        return office.own_password_change(
            user=self.user, new_password=self.cleaned_data["new_password1"]
        )


@never_cache
@staff_required
def password(request):
    form = OwnPasswordForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = form.save()
        except ValidationError as exc:
            form.add_error("new_password1", exc.messages)
        else:
            update_session_auth_hash(request, user)
            messages.success(request, "密码已修改")
            return redirect("workspace:home")
    return render(
        request,
        "workspace/password.html",
        {"form": form, "must_change": request.user.must_change_password},
    )
