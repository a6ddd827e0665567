from django import forms
from django.core.exceptions import ValidationError

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
