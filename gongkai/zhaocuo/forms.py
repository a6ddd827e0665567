"""Forms of 网站找错; the rules themselves are checked again in the services."""

from __future__ import annotations

from django import forms

from gongkai.core.models import Unit
from gongkai.zhaocuo import rules
from gongkai.zhaocuo.models import ErrorReport


class ReportForm(forms.Form):
    page_url = forms.CharField(
        label="问题页面地址",
        required=False,
        max_length=500,
        help_text="从浏览器地址栏复制；从页面底部链接进入时已自动填写",
    )
    kind = forms.ChoiceField(
        label="问题类型",
        choices=[("", "请选择")] + list(ErrorReport.Kind.choices),
        error_messages={"required": "请选择问题类型", "invalid_choice": "请选择问题类型"},
    )
    description = forms.CharField(
        label="问题描述",
        widget=forms.Textarea(attrs={"rows": 6}),
        min_length=5,
        max_length=2000,
        error_messages={
            "required": "请描述发现的问题",
            "min_length": "请具体描述问题（至少5个字），例如哪一段文字有误",
            "max_length": "问题描述最多2000字",
        },
    )
    name = forms.CharField(label="姓名", required=False, max_length=50)
    contact = forms.CharField(
        label="联系方式",
        max_length=100,
        help_text="手机、电话或电子邮箱，仅用于答复，不会公开",
        error_messages={"required": "请填写联系方式（手机、电话或电子邮箱），以便答复您"},
    )

    def clean_contact(self):
        value = self.cleaned_data["contact"].strip()
        if msg := rules.contact_error(value):
            raise forms.ValidationError(msg)
        return value

    def clean_page_url(self):
        value = self.cleaned_data["page_url"].strip()
        if msg := rules.page_error(value):
            raise forms.ValidationError(msg)
        return value


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label="答复内容",
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "请填写答复内容"},
    )


class TransferForm(forms.Form):
    unit = forms.ModelChoiceField(
        label="转给", queryset=Unit.objects.none(), error_messages={"required": "请选择承办单位"}
    )
    reason = forms.CharField(label="转办说明", required=False, max_length=200)

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        if units is not None:
            self.fields["unit"].queryset = units


class InvalidForm(forms.Form):
    reason = forms.CharField(
        label="无效理由", max_length=300, error_messages={"required": "请说明认定无效的理由"}
    )
