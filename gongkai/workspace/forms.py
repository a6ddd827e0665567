"""Forms of the office's pages on units and people."""

from __future__ import annotations

from django import forms

from gongkai.core.models import Role, Unit

_REQUIRED = {"required": "此项为必填项"}


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Unit) -> str:
        return obj.name


class UnitForm(forms.Form):
    name = forms.CharField(label="机构名称", max_length=100, error_messages=_REQUIRED)
    short_name = forms.CharField(label="简称", max_length=40, required=False)
    kind = forms.ChoiceField(label="类型", choices=Unit.Kind.choices, error_messages=_REQUIRED)
    code = forms.CharField(
        label="组织机构代码或统一社会信用代码",
        max_length=18,
        required=False,
        help_text="用于编制索引号：9位组织机构代码或18位统一社会信用代码",
    )
    phone = forms.CharField(label="联系电话", max_length=60, required=False)

    def clean_code(self):
        code = self.cleaned_data["code"].strip()
        if code and len(code) not in (9, 18):
            raise forms.ValidationError("代码应为9位或18位")
        return code


class UnitCreateForm(UnitForm):
    parent = UnitChoiceField(
        label="上级机构", queryset=Unit.objects.none(), empty_label=None, error_messages=_REQUIRED
    )
    field_order = ["parent", "name", "short_name", "kind", "code", "phone"]

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = units if units is not None else Unit.objects.none()
        self.fields["kind"].initial = Unit.Kind.DEPARTMENT


class UnitMoveForm(forms.Form):
    parent = UnitChoiceField(
        label="新的上级机构",
        queryset=Unit.objects.none(),
        empty_label=None,
        error_messages=_REQUIRED,
    )

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = units if units is not None else Unit.objects.none()


class StaffForm(forms.Form):
    name = forms.CharField(label="姓名", max_length=60, error_messages=_REQUIRED)
    unit = UnitChoiceField(
        label="所属机构", queryset=Unit.objects.none(), empty_label=None, error_messages=_REQUIRED
    )
    role = forms.ChoiceField(label="角色", choices=Role.choices, error_messages=_REQUIRED)
    email = forms.EmailField(
        label="电子邮箱", required=False, error_messages={"invalid": "请填写有效的电子邮箱"}
    )
    phone = forms.CharField(label="联系电话", max_length=30, required=False)

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units if units is not None else Unit.objects.none()


class StaffCreateForm(StaffForm):
    username = forms.RegexField(
        label="登录名",
        max_length=150,
        regex=r"^[A-Za-z0-9_.@+-]+$",
        help_text="用于登录，只能使用字母、数字和 _ . @ + - 符号",
        error_messages={**_REQUIRED, "invalid": "登录名只能使用字母、数字和 _ . @ + - 符号"},
    )
    field_order = ["username", "name", "unit", "role", "email", "phone"]


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="停用原因", max_length=200, help_text="如：调离、退休", error_messages=_REQUIRED
    )


class ReviewGrantForm(forms.Form):
    units = forms.ModelMultipleChoiceField(
        label="可审核信息的机构",
        queryset=Unit.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="公开办人员只在勾选的机构内有审核权；不勾选则不能审核",
    )

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["units"]
        field.queryset = units if units is not None else Unit.objects.none()
        field.label_from_instance = lambda u: u.name
