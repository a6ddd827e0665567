"""Forms of the response app (labels in Chinese; the services do the checking)."""

from __future__ import annotations

from django import forms
from django.utils import timezone

from gongkai.core.permissions import visible_units
from gongkai.publishing.models import InformationItem
from gongkai.response.models import Level, NewMediaAccount, PressEvent, WorkOrder
from gongkai.response.workflow import NEW_MEDIA_LABELS

MOMENT = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
DAY = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
MOMENT_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]


def _moment(label: str, **kw) -> forms.DateTimeField:
    return forms.DateTimeField(label=label, widget=MOMENT, input_formats=MOMENT_FORMATS, **kw)


class UnitForm(forms.Form):
    """A form whose unit choices are the person's own units."""

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        units = visible_units(user).order_by("path")
        for name in ("unit", "other_units", "owner"):
            if name in self.fields:
                self.fields[name].queryset = units
        if "unit" in self.fields and user is not None and user.unit_id:
            self.fields["unit"].initial = user.unit_id


def _published_items():
    return InformationItem.objects.filter(status="published").order_by("-pk")


class IncidentForm(UnitForm):
    title = forms.CharField(label="舆情标题", max_length=200)
    level = forms.ChoiceField(label="级别", choices=Level.choices, initial=Level.GENERAL)
    found_at = _moment("发现时间", initial=lambda: timezone.localtime().replace(second=0))
    unit = forms.ModelChoiceField(label="牵头单位", queryset=None)
    other_units = forms.ModelMultipleChoiceField(label="配合单位", queryset=None, required=False)
    summary = forms.CharField(
        label="舆情概况", widget=forms.Textarea(attrs={"rows": 4}), required=False
    )


class FromSourceForm(forms.Form):
    level = forms.ChoiceField(label="级别", choices=Level.choices, initial=Level.GENERAL)


class StepForm(forms.Form):
    step = forms.IntegerField(widget=forms.HiddenInput)
    done_at = _moment("发布时间", initial=lambda: timezone.localtime().replace(second=0))
    link = forms.URLField(label="发布链接", required=False, assume_scheme="https")
    item = forms.ModelChoiceField(
        label="或选择已发布的信息", queryset=InformationItem.objects.none(), required=False
    )
    note = forms.CharField(label="说明", max_length=500, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = _published_items()


class CloseForm(forms.Form):
    evaluation = forms.CharField(label="效果评估", widget=forms.Textarea(attrs={"rows": 3}))
    lessons = forms.CharField(
        label="经验教训", widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


class PressEventForm(UnitForm):
    kind = forms.ChoiceField(label="类型", choices=PressEvent.Kind.choices)
    title = forms.CharField(label="主题", max_length=200)
    held_at = _moment("举行时间")
    unit = forms.ModelChoiceField(label="主办单位", queryset=None)
    spokesperson = forms.CharField(label="新闻发言人", max_length=100)
    speakers = forms.CharField(label="其他发布人", max_length=300, required=False)
    transcript = forms.CharField(
        label="实录或摘要", widget=forms.Textarea(attrs={"rows": 6}), required=False
    )
    policy = forms.ModelChoiceField(
        label="相关政策", queryset=InformationItem.objects.none(), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["policy"].queryset = _published_items()


class AccountForm(UnitForm):
    unit = forms.ModelChoiceField(label="主办单位", queryset=None)
    platform = forms.ChoiceField(label="平台", choices=NewMediaAccount.Platform.choices)
    name = forms.CharField(label="账号名称", max_length=100)
    account_id = forms.CharField(label="账号标识", max_length=100, required=False)
    url = forms.URLField(label="访问地址", required=False, assume_scheme="https")
    feed_url = forms.URLField(
        label="订阅地址",
        required=False,
        assume_scheme="https",
        help_text="平台提供订阅源时填写，系统每天读取最近更新日期",
    )
    approval = forms.CharField(label="开办审批记录", max_length=300)


class AccountActionForm(forms.Form):
    account = forms.IntegerField(widget=forms.HiddenInput)
    action = forms.ChoiceField(label="事项", choices=list(NEW_MEDIA_LABELS.items()))
    approval = forms.CharField(label="审批记录", max_length=300)
    name = forms.CharField(label="新名称（变更时填写）", max_length=100, required=False)


class AccountUpdateForm(forms.Form):
    account = forms.IntegerField(widget=forms.HiddenInput)
    last_post_on = forms.DateField(label="最近更新日期", widget=DAY)


class QAForm(UnitForm):
    unit = forms.ModelChoiceField(label="答复单位", queryset=None)
    question = forms.CharField(label="问题", max_length=300)
    answer = forms.CharField(label="答复", widget=forms.Textarea(attrs={"rows": 5}))
    items = forms.ModelMultipleChoiceField(
        label="相关政策", queryset=InformationItem.objects.none(), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["items"].queryset = _published_items()


class OrderForm(UnitForm):
    number = forms.CharField(label="工单编号", max_length=40)
    owner = forms.ModelChoiceField(label="受理单位", queryset=None)
    received_at = _moment("受理时间", initial=lambda: timezone.localtime().replace(second=0))
    category = forms.CharField(label="诉求类别", max_length=50)
    content = forms.CharField(label="诉求内容", widget=forms.Textarea(attrs={"rows": 4}))
    caller = forms.CharField(label="来电人", max_length=50, required=False)
    phone = forms.CharField(label="联系电话", max_length=30, required=False)
    limit_days = forms.IntegerField(
        label="办理时限（工作日）", min_value=1, max_value=60, required=False
    )


class AssignForm(forms.Form):
    unit = forms.ModelChoiceField(label="承办单位", queryset=None)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = visible_units(user).order_by("path")


class ReasonForm(forms.Form):
    reason = forms.CharField(label="退单理由", max_length=300)


class AnswerForm(forms.Form):
    answer = forms.CharField(label="办理结果", widget=forms.Textarea(attrs={"rows": 4}))


class SatisfactionForm(forms.Form):
    satisfaction = forms.ChoiceField(label="来电人满意度", choices=WorkOrder.Satisfaction.choices)
