"""The office's form for 机构信息 and the editable parts of the 指南."""

from __future__ import annotations

from django import forms

from gongkai.publishing.models import UnitProfile


class ProfileForm(forms.ModelForm):
    leaders = forms.CharField(
        label="领导信息",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="每行一位：姓名｜职务｜分工（分工可省略）",
    )

    class Meta:
        model = UnitProfile
        fields = [
            "functions",
            "internal_bodies",
            "office_name",
            "office_address",
            "office_phone",
            "office_fax",
            "office_email",
            "office_hours",
            "guide_note",
        ]
        widgets = {
            "functions": forms.Textarea(attrs={"rows": 6}),
            "internal_bodies": forms.Textarea(attrs={"rows": 4}),
            "guide_note": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {"office_email": {"invalid": "请输入有效的电子邮箱地址"}}
