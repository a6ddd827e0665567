"""Forms of the foi app. Validation lives in the services so that the form, the staff
page and the API give the same Chinese messages; these forms only render and collect."""

from __future__ import annotations

from django import forms

from gongkai.core.models import Unit
from gongkai.foi.codes import OUTCOME_GROUPS, ApplicantType, CaseKind, CaseResult
from gongkai.foi.models import Channel, DeliveryRoute, FeeMethod, FormWanted


def _units():
    from gongkai.core import sites

    return sites.public_units()


class ApplicationForm(forms.Form):
    unit = forms.ModelChoiceField(
        label="申请公开的机关", queryset=Unit.objects.none(), required=False, empty_label="请选择"
    )
    applicant_type = forms.ChoiceField(
        label="申请人类型",
        choices=[("", "请选择")] + list(ApplicantType.choices),
        required=False,
        help_text="法人或其他组织请选择机构类别",
    )
    applicant_name = forms.CharField(label="姓名或名称", max_length=100, required=False)
    contact_person = forms.CharField(
        label="联系人（法人或其他组织填写）", max_length=50, required=False
    )
    id_number = forms.CharField(
        label="身份证号码或统一社会信用代码",
        max_length=18,
        required=False,
        help_text="自然人填写18位身份证号码；也可上传身份证明扫描件代替",
    )
    id_scan = forms.FileField(
        label="身份证明扫描件（JPG、PNG 或 PDF，不超过 5 MB）", required=False
    )
    phone = forms.CharField(label="联系电话", max_length=30, required=False)
    email = forms.CharField(label="电子邮箱", max_length=254, required=False)
    address = forms.CharField(label="通信地址", max_length=200, required=False)
    postcode = forms.CharField(label="邮政编码", max_length=6, required=False)
    description = forms.CharField(
        label="所需政府信息的内容描述",
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        help_text="请写明信息的名称、文号或便于查找的其他特征",
    )
    doc_number = forms.CharField(label="文件文号（如知道）", max_length=100, required=False)
    title = forms.CharField(label="文件名称（如知道）", max_length=200, required=False)
    form_wanted = forms.ChoiceField(
        label="获取信息的方式",
        choices=[("", "请选择")] + list(FormWanted.choices),
        required=False,
    )
    delivery_route = forms.ChoiceField(
        label="送达途径", choices=[("", "请选择")] + list(DeliveryRoute.choices), required=False
    )

    # Checked by the service (one set of messages for form, staff page and API); marked
    # here so that the page says which ones must be filled (aria-required, "*必填").
    MARKED_REQUIRED = (
        "unit", "applicant_type", "applicant_name", "description", "form_wanted", "delivery_route",
    )  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = _units()
        for name in self.MARKED_REQUIRED:
            self.fields[name].marked_required = True
            self.fields[name].widget.attrs["aria-required"] = "true"

    def add_service_errors(self, exc) -> None:
        if hasattr(exc, "error_dict"):
            for field, messages in exc.message_dict.items():
                target = field if field in self.fields else None
                for message in messages:
                    self.add_error(target, message)
        else:
            for message in exc.messages:
                self.add_error(None, message)

    def payload(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("id_scan", None)
        data["unit"] = data["unit"].pk if data.get("unit") else None
        return data


class RegisterForm(ApplicationForm):
    channel = forms.ChoiceField(
        label="提交渠道", choices=[c for c in Channel.choices if c[0] != Channel.ONLINE]
    )
    submitted_on = forms.DateField(
        label="提交（寄出/发送）日期", widget=forms.DateInput(attrs={"type": "date"})
    )
    signed_for_on = forms.DateField(
        label="签收日期（挂号信/快递）",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    confirmed_on = forms.DateField(
        label="与申请人确认日期（平信/传真/电子邮件）",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )


DATE = forms.DateInput(attrs={"type": "date"})


class ReplyForm(forms.Form):
    invalid_message = "请选择处理结果"

    outcome = forms.ChoiceField(
        label="处理结果（年度报告第三部分）",
        choices=[("", "请选择")]
        + [(group, [(o.value, o.label) for o in outcomes]) for group, outcomes in OUTCOME_GROUPS],
    )
    reasons = forms.CharField(
        label="理由", widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    legal_basis = forms.CharField(
        label="法律依据", widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    holder = forms.CharField(label="信息的制作或保存机关（本机关不掌握时）", required=False)
    on = forms.DateField(label="答复日期", required=False, widget=DATE)

    def __init__(self, *args, review: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if review:  # the reply date is the day the reviewer approves and sends it
            del self.fields["on"]


class CaseForm(forms.Form):
    invalid_message = "请填写案件类型和受理日期"

    kind = forms.ChoiceField(label="类型", choices=CaseKind.choices)
    filed_on = forms.DateField(label="受理日期", widget=DATE)
    body = forms.CharField(label="复议机关或法院", required=False)
    case_number = forms.CharField(label="案号", required=False)


class CaseDecideForm(forms.Form):
    invalid_message = "请选择案件结果"

    result = forms.ChoiceField(label="结果", choices=CaseResult.choices)
    decided_on = forms.DateField(label="审结日期", required=False, widget=DATE)


class FeeAssessForm(forms.Form):
    invalid_message = "请正确填写计费方式和页数"

    method = forms.ChoiceField(
        label="计费方式（二者择一）",
        choices=[c for c in FeeMethod.choices if c[0] != FeeMethod.NONE],
    )
    pages = forms.IntegerField(label="页数（按量计收）", required=False, min_value=1)
    waive_reason = forms.CharField(label="减免理由（如减免）", required=False)


class TemplateForm(forms.Form):
    body = forms.CharField(label="正文模板", widget=forms.Textarea(attrs={"rows": 12}))
