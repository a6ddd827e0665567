import datetime as dt

from django import forms

from gongkai.core.labels import action_choices
from gongkai.core.workdays import MAX_WORKING_DAYS


class DeadlineForm(forms.Form):
    start = forms.DateField(
        label="起算日（事件发生日，当日不计入）",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": "请填写起算日", "invalid": "日期格式应为 YYYY-MM-DD"},
    )
    working_days = forms.IntegerField(
        label="工作日数",
        min_value=0,
        max_value=MAX_WORKING_DAYS,
        initial=20,
        error_messages={
            "required": "请填写工作日数",
            "invalid": "请填写整数",
            "min_value": "不能为负数",
            "max_value": f"不能超过 {MAX_WORKING_DAYS}",
        },
    )

    def clean_start(self):
        start = self.cleaned_data["start"]
        if start > dt.date(9000, 1, 1):
            raise forms.ValidationError("日期超出可计算范围")
        return start


class CalendarUploadForm(forms.Form):
    file = forms.FileField(label="日历文件（CSV，UTF-8）")
    source = forms.CharField(label="依据（通知文号）", max_length=200, required=False)


class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(label="动作", required=False, choices=action_choices)
    actor = forms.CharField(label="操作人", required=False)
    q = forms.CharField(label="摘要含", required=False)
    date_from = forms.DateField(
        label="起", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label="止", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
