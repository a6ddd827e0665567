from django import forms

from gongkai.search.analysis import MAX_QUERY_CHARS


class SearchForm(forms.Form):
    """The filters of the search page and API; bad values give a Chinese message."""

    q = forms.CharField(
        label="检索词",
        required=False,
        max_length=MAX_QUERY_CHARS,
        error_messages={"max_length": "检索词过长：最多 %(limit_value)d 个字，请缩短后再试。"},
    )
    unit = forms.IntegerField(
        label="发布机构",
        required=False,
        min_value=1,
        error_messages={"invalid": "机构编号应为整数"},
    )
    topic = forms.CharField(label="主题分类", required=False, max_length=100)
    year = forms.IntegerField(
        label="年份",
        required=False,
        min_value=1949,
        max_value=2100,
        error_messages={"invalid": "年份应为四位数字"},
    )
    kind = forms.CharField(label="类别", required=False, max_length=100)
    validity = forms.CharField(label="有效性", required=False, max_length=50)
    sort = forms.ChoiceField(
        label="排序",
        required=False,
        choices=[("relevance", "按相关度"), ("date", "按日期")],
        error_messages={"invalid_choice": "排序方式只能是相关度或日期"},
    )

    def filters(self):
        from gongkai.search.backends import Filters

        d = self.cleaned_data
        return Filters(
            unit_id=d.get("unit"),
            topic=d.get("topic") or "",
            year=d.get("year"),
            kind=d.get("kind") or "",
            validity=d.get("validity") or "",
        )
