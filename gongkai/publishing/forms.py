"""Forms of the staff workspace and the public catalogue filters."""

from __future__ import annotations

from django import forms
from django.utils import timezone

from gongkai.core.models import Unit
from gongkai.publishing.models import CatalogueNode, InformationItem, Topic
from gongkai.publishing.services import REVIEW_CHECKS

Item = InformationItem


class TopicChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"— {obj.name}" if obj.parent_id else obj.name


class ItemForm(forms.ModelForm):
    topic = TopicChoiceField(
        queryset=Topic.objects.order_by("parent__sort_order", "parent_id", "sort_order"),
        required=False,
        label="主题分类",
    )

    class Meta:
        model = Item
        fields = [
            "title",
            "kind",
            "attribute",
            "withheld_reason",
            "withheld_basis",
            "doc_number",
            "written_on",
            "formed_on",
            "topic",
            "catalogue_node",
            "summary",
            "body",
            "interprets",
            "interpretation_plan",
        ]
        widgets = {
            "written_on": forms.DateInput(attrs={"type": "date"}),
            "formed_on": forms.DateInput(attrs={"type": "date"}),
            "summary": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 14}),
            "withheld_reason": forms.Textarea(attrs={"rows": 2}),
            "withheld_basis": forms.Textarea(attrs={"rows": 2}),
            "interpretation_plan": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        from gongkai.core.permissions import scope

        self.fields["attribute"].required = False
        self.fields["attribute"].choices = [("", "（未确定）"), *Item.Attribute.choices]
        self.fields["catalogue_node"].queryset = CatalogueNode.objects.all()
        docs = (
            Item.objects.exclude(kind=Item.Kind.INTERPRETATION)
            .exclude(status__in=(Item.Status.WITHDRAWN, Item.Status.APPLIED))
            .filter(revision_of__isnull=True)
        )
        self.fields["interprets"].queryset = scope(docs, user)
        self.fields["interprets"].help_text = "仅“政策解读”类信息填写"


class AttachmentForm(forms.Form):
    file = forms.FileField(label="附件")


class ReviewForm(forms.Form):
    checks = forms.MultipleChoiceField(
        label="已完成的审查",
        choices=list(REVIEW_CHECKS.items()),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    note = forms.CharField(
        label="审查意见", widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


class NoteForm(forms.Form):
    note = forms.CharField(label="理由", widget=forms.Textarea(attrs={"rows": 2}), required=False)


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label="标题或文号", required=False, max_length=100)
    unit = forms.ModelChoiceField(Unit.objects.all(), label="发文机构", required=False)
    topic = TopicChoiceField(
        queryset=Topic.objects.order_by("parent__sort_order", "parent_id", "sort_order"),
        label="主题分类",
        required=False,
    )
    kind = forms.ChoiceField(
        label="类别", choices=[("", "全部"), *Item.Kind.choices], required=False
    )
    validity = forms.ChoiceField(
        label="有效性", choices=[("", "全部"), *Item.Validity.choices], required=False
    )
    year = forms.TypedChoiceField(label="年份", coerce=int, required=False, empty_value=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from gongkai.core import sites

        self.fields["unit"].queryset = sites.public_units()  # type: ignore[attr-defined]
        this_year = timezone.localdate().year
        self.fields["year"].choices = [("", "全部")] + [
            (y, str(y)) for y in range(this_year, 1999, -1)
        ]
