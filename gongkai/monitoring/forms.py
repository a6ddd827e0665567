from django import forms

from gongkai.core import conf
from gongkai.core.permissions import visible_units
from gongkai.monitoring.addresses import refusal
from gongkai.monitoring.models import Column

_DEPTH_HELP = "留空表示抓取整个网站（以页面上限为限）"
_RATE_HELP = "每秒向该网站发出的请求数；留空按平台设置，0 表示不限速"


class SiteForm(forms.Form):
    name = forms.CharField(label="网站名称", max_length=100)
    url = forms.CharField(label="首页地址", max_length=500, help_text="以 http:// 或 https:// 开头")
    unit = forms.ModelChoiceField(label="所属机构", queryset=None, empty_label=None)
    depth = forms.IntegerField(label="抓取深度", min_value=0, required=False, help_text=_DEPTH_HELP)
    rate = forms.FloatField(label="每秒请求数", min_value=0, required=False, help_text=_RATE_HELP)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = visible_units(user)

    def clean_url(self):
        url = self.cleaned_data["url"].strip()
        reason = refusal(url, conf.get("GONGKAI_MONITOR_ALLOW_INTERNAL"))
        if reason:
            raise forms.ValidationError(reason)
        return url


class SiteSettingsForm(forms.Form):
    depth = forms.IntegerField(label="抓取深度", min_value=0, required=False, help_text=_DEPTH_HELP)
    rate = forms.FloatField(label="每秒请求数", min_value=0, required=False, help_text=_RATE_HELP)


class ColumnForm(forms.Form):
    name = forms.CharField(label="栏目名称", max_length=100)
    url = forms.CharField(label="栏目地址", max_length=500)
    kind = forms.ChoiceField(label="类型", choices=Column.Kind.choices)
    limit_days = forms.IntegerField(
        label="更新时限（天）",
        min_value=1,
        required=False,
        help_text="留空按类型：动态2周，通知和政策6个月",
    )


class ColumnEditForm(forms.Form):
    name = forms.CharField(label="栏目名称", max_length=100)
    kind = forms.ChoiceField(label="类型", choices=Column.Kind.choices)
    limit_days = forms.IntegerField(label="更新时限（天）", min_value=1, required=False)


class RunForm(forms.Form):
    depth = forms.IntegerField(label="抓取深度", min_value=0, required=False)
