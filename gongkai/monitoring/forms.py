from django import forms

from gongkai.core.permissions import visible_units
from gongkai.monitoring.models import Column
from gongkai.monitoring.services import MAX_DEPTH


class SiteForm(forms.Form):
    name = forms.CharField(label="网站名称", max_length=100)
    url = forms.CharField(label="首页地址", max_length=500, help_text="以 http:// 或 https:// 开头")
    unit = forms.ModelChoiceField(label="所属机构", queryset=None, empty_label=None)
    depth = forms.IntegerField(label="抓取深度", min_value=0, max_value=MAX_DEPTH, initial=3)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = visible_units(user)


class ColumnForm(forms.Form):
    name = forms.CharField(label="栏目名称", max_length=100)
    url = forms.CharField(label="栏目地址", max_length=500)
    kind = forms.ChoiceField(label="类型", choices=Column.Kind.choices)


class RunForm(forms.Form):
    depth = forms.IntegerField(label="抓取深度", min_value=0, max_value=MAX_DEPTH, required=False)
