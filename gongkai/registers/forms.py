"""Forms: one model form per register, built from its spec, with the unit and linked
entries limited to what the person may choose."""

from __future__ import annotations

from django import forms
from django.forms import modelform_factory

from gongkai.core.permissions import visible_units
from gongkai.registers.models import (
    CleanupLine,
    EntryStatus,
    InspectionResult,
    ReviewResult,
    Validity,
)
from gongkai.registers.registry import RegisterSpec


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


def entry_form(spec: RegisterSpec, user, *args, **kwargs) -> forms.ModelForm:
    model = spec.model
    widgets = {
        f.name: DateInput()
        for f in model._meta.fields
        if f.get_internal_type() == "DateField" and f.name in spec.form_fields
    }
    form_class = modelform_factory(model, fields=list(spec.form_fields), widgets=widgets)
    form = form_class(*args, **kwargs)
    units = visible_units(user).order_by("path")
    form.fields["unit"].queryset = units
    form.fields["unit"].empty_label = None
    if "scope_units" in form.fields:
        form.fields["scope_units"].queryset = units
    for name in ("matter", "matters", "items"):
        if name in form.fields:
            form.fields[name].queryset = form.fields[name].queryset.filter(
                status=EntryStatus.PUBLISHED
            )
    if "related_targets" in form.fields:
        form.fields["related_targets"].queryset = form.fields["related_targets"].queryset.filter(
            status=EntryStatus.PUBLISHED
        )
    for name in spec.required:
        if name in form.fields:
            form.fields[name].required = True
    return form


class ValidityForm(forms.Form):
    validity = forms.ChoiceField(
        label="有效性",
        choices=[(v, label) for v, label in Validity.choices if v != Validity.VALID],
    )
    on = forms.DateField(label="法定日期（决定或失效之日）", widget=DateInput())
    basis = forms.CharField(label="依据", max_length=300)


class ResultForm(forms.Form):
    target = forms.TypedChoiceField(label="检查对象", coerce=int, choices=())
    kind = forms.ChoiceField(label="类别", choices=InspectionResult.Kind.choices)
    formed_on = forms.DateField(label="检查完成或处罚决定日期", widget=DateInput())
    outcome = forms.ChoiceField(label="结果", choices=InspectionResult.Outcome.choices)
    text = forms.CharField(
        label="情况说明", widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def __init__(self, *args, targets=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = list(targets)


class AnswerForm(forms.Form):
    decision = forms.ChoiceField(label="清理意见", choices=CleanupLine.Decision.choices)
    reason = forms.CharField(
        label="理由", max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )


class EditionForm(forms.Form):
    unit = forms.ModelChoiceField(label="单位", queryset=None, empty_label=None)
    year = forms.IntegerField(label="年度", min_value=2000, max_value=2100)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = visible_units(user).order_by("path")


class LinkForm(forms.Form):
    consultation_id = forms.IntegerField(label="预公开意见征集编号", min_value=1)


class DecideForm(forms.Form):
    decided_on = forms.DateField(label="决策日期", widget=DateInput())
    doc_number = forms.CharField(label="决策文件文号", max_length=80, required=False)
    link = forms.CharField(label="决策文件链接", max_length=300, required=False)


class EvaluateForm(forms.Form):
    evaluated_on = forms.DateField(label="评估日期", widget=DateInput())
    text = forms.CharField(label="评估情况", widget=forms.Textarea(attrs={"rows": 3}))


class NegativeReviewForm(forms.Form):
    result = forms.ChoiceField(label="复核结果", choices=ReviewResult.choices)
    note = forms.CharField(label="说明", widget=forms.Textarea(attrs={"rows": 2}))


class DataFileForm(forms.Form):
    file = forms.FileField(label="数据文件（CSV、XLSX 或 JSON）")


class StandardImportForm(forms.Form):
    unit = forms.ModelChoiceField(label="公开主体所属单位", queryset=None, empty_label=None)
    file = forms.FileField(label="标准目录电子表格（.xlsx）")
    publish = forms.BooleanField(label="导入后直接公开", required=False)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = visible_units(user).order_by("path")
