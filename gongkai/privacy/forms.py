from django import forms
from django.core.exceptions import ValidationError

from .models import ExpressionEntry

MAX_TEXT = 200_000
MAX_FILE_BYTES = 20 * 1024 * 1024


class CheckForm(forms.Form):
    text = forms.CharField(
        label="文字",
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="粘贴待发布的正文、回复或留言",
    )
    file = forms.FileField(
        label="或上传附件",
        required=False,
        help_text="支持 DOCX、XLSX、PDF（文字层）、HTML、TXT、CSV，最大 20 MB",
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and upload.size > MAX_FILE_BYTES:
            raise ValidationError("文件过大：最多 20 MB")
        return upload

    def clean(self):
        data = super().clean()
        if not data.get("text") and not data.get("file") and not self.errors:
            raise ValidationError("请粘贴文字或上传一个附件")
        return data


class ExpressionForm(forms.Form):
    kind = forms.ChoiceField(label="类别", choices=ExpressionEntry.Kind.choices)
    term = forms.CharField(label="词语", max_length=100, help_text="领导人填姓名")
    correction = forms.CharField(
        label="建议表述", max_length=200, required=False, help_text="过时表述、敏感词应改成的写法"
    )
    titles = forms.CharField(
        label="现任职务", max_length=300, required=False, help_text="仅领导人：用顿号分隔"
    )
    rank = forms.IntegerField(
        label="排序", min_value=0, required=False, initial=0, help_text="仅领导人：1 为第一位"
    )
    variants = forms.CharField(
        label="常见错写", max_length=300, required=False, help_text="仅规范表述：用顿号分隔"
    )
    allowed = forms.CharField(
        label="允许的写法",
        max_length=300,
        required=False,
        help_text="仅规范表述：只差一个字但本身正确的写法",
    )
    note = forms.CharField(label="说明", max_length=300, required=False)
    source = forms.CharField(label="来源", max_length=300, help_text="文件名称、公报或会议")
    source_date = forms.DateField(
        label="来源日期", widget=forms.DateInput(attrs={"type": "date"}), help_text="如 2023-03-12"
    )
