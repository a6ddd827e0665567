"""Forms of the participation pages; every rule lives in the services."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from gongkai.core.models import Role, Unit, User
from gongkai.participation.models import (
    DeputyReply,
    Feedback,
    Meeting,
    MessageKind,
    Question,
)

DATETIME = {"type": "datetime-local"}
REQUIRED = {"required": "请填写此项"}


def apply_errors(form: forms.Form, exc: ValidationError) -> None:
    """Show a service's ValidationError on the form, by field where one matches."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            target = field if field in form.fields else None
            for msg in errors:
                form.add_error(target, msg)
    else:
        for msg in exc.messages:
            form.add_error(None, msg)


class CommentForm(forms.Form):
    text = forms.CharField(
        label="您的意见", max_length=5000, widget=forms.Textarea, error_messages=REQUIRED
    )
    name = forms.CharField(label="姓名（选填，公开时只显示姓氏）", max_length=50, required=False)
    contact = forms.CharField(label="联系方式（选填，不公开）", max_length=100, required=False)
    # a field people never see: bots fill it
    website = forms.CharField(
        required=False, widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"})
    )


class MessageForm(forms.Form):
    kind = forms.ChoiceField(label="留言类型", choices=MessageKind.choices)
    leader = forms.ModelChoiceField(
        label="致信领导（选填）",
        queryset=User.objects.none(),
        required=False,
        empty_label="不指定领导",
    )
    unit = forms.ModelChoiceField(
        label="致信单位（未选领导时必选）", queryset=Unit.objects.none(), required=False
    )
    subject = forms.CharField(label="主题", max_length=200, error_messages=REQUIRED)
    text = forms.CharField(
        label="内容", max_length=5000, widget=forms.Textarea, error_messages=REQUIRED
    )
    name = forms.CharField(label="姓名（选填）", max_length=50, required=False)
    contact = forms.CharField(
        label="联系方式（电话或电子邮箱，不公开）", max_length=100, error_messages=REQUIRED
    )
    may_publish = forms.BooleanField(
        label="同意公开我的留言和答复（个人信息将隐去）", required=False
    )
    website = forms.CharField(
        required=False, widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from gongkai.core import sites

        self.fields["leader"].queryset = sites.scope(
            User.objects.filter(role=Role.LEADER, is_active=True, unit__isnull=False)
        ).order_by("id")
        self.fields["leader"].label_from_instance = lambda u: f"{u}（{u.unit}）"
        self.fields["unit"].queryset = sites.public_units()

    def clean(self):
        data = super().clean()
        if not data.get("leader") and not data.get("unit"):
            self.add_error("unit", "请选择致信的领导或单位")
        return data


class TrackForm(forms.Form):
    number = forms.CharField(label="查询编号", max_length=20, error_messages=REQUIRED)
    code = forms.CharField(label="查询码", max_length=20, error_messages=REQUIRED)


class RateForm(forms.Form):
    rating = forms.TypedChoiceField(
        label="您对答复的评价",
        coerce=int,
        choices=[(3, "满意"), (2, "基本满意"), (1, "不满意")],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label="说明（选填）", max_length=500, required=False)


class ReopenForm(forms.Form):
    reason = forms.CharField(
        label="申请重新办理的理由", max_length=2000, widget=forms.Textarea, error_messages=REQUIRED
    )


# --- staff --------------------------------------------------------------------------------


class ConsultationForm(forms.Form):
    title = forms.CharField(label="标题", max_length=200)
    draft_text = forms.CharField(label="征求意见稿", widget=forms.Textarea)
    explanation = forms.CharField(label="起草说明", widget=forms.Textarea)
    how_to_comment = forms.CharField(
        label="意见反馈方式",
        widget=forms.Textarea,
        initial="在本页面提交意见，或来信寄至本单位办公室。",
    )
    starts_at = forms.DateTimeField(label="征集开始", widget=forms.DateTimeInput(attrs=DATETIME))
    ends_at = forms.DateTimeField(label="征集截止", widget=forms.DateTimeInput(attrs=DATETIME))
    short_period_reason = forms.CharField(
        label="征集期少于30日的理由（将公开）", widget=forms.Textarea, required=False
    )
    attachment = forms.FileField(label="附件（选填）", required=False)
    publish = forms.BooleanField(label="立即发布", required=False, initial=True)


class ModerateForm(forms.Form):
    comment = forms.IntegerField(widget=forms.HiddenInput)
    action = forms.ChoiceField(choices=[("approve", "通过"), ("reject", "不通过")])
    reason = forms.CharField(label="理由", max_length=300, required=False)


class OfflineCommentForm(forms.Form):
    channel = forms.ChoiceField(
        label="渠道",
        choices=[("letter", "信函"), ("email", "电子邮件"), ("other", "其他")],
    )
    received_at = forms.DateTimeField(label="收到时间", widget=forms.DateTimeInput(attrs=DATETIME))
    text = forms.CharField(label="意见内容", max_length=5000, widget=forms.Textarea)
    name = forms.CharField(label="姓名（选填）", max_length=50, required=False)
    contact = forms.CharField(label="联系方式（选填，不公开）", max_length=100, required=False)


class FeedbackForm(forms.Form):
    comments = forms.MultipleChoiceField(
        label="所涉意见（可多选，归并同类意见）",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    opinion = forms.CharField(label="意见概要", widget=forms.Textarea, required=False)
    outcome = forms.ChoiceField(label="处理结果", choices=Feedback.Outcome.choices)
    reason = forms.CharField(
        label="理由（部分采纳或未采纳时必填）", widget=forms.Textarea, required=False
    )


class DecisionForm(forms.Form):
    published_on = forms.DateField(
        label="决策文件公布日期", widget=forms.DateInput(attrs={"type": "date"})
    )
    title = forms.CharField(label="决策文件标题", max_length=200)
    url = forms.CharField(label="决策文件链接", max_length=500)
    item_id = forms.IntegerField(label="政府信息编号（选填）", required=False, min_value=1)


class SummaryForm(forms.Form):
    intro = forms.CharField(label="采纳情况说明（选填）", widget=forms.Textarea, required=False)


class TransferForm(forms.Form):
    to_unit = forms.ModelChoiceField(label="转至单位", queryset=Unit.objects.all())
    reason = forms.CharField(label="转办说明", max_length=300, required=False)


class AnswerForm(forms.Form):
    answer = forms.CharField(label="答复内容", widget=forms.Textarea)
    publish = forms.BooleanField(label="公开答复（须经审核）", required=False)


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", "通过并公开"), ("return", "退回")])
    note = forms.CharField(label="审核意见", max_length=500, required=False)


class InvalidForm(forms.Form):
    reason = forms.CharField(label="无效理由", max_length=300)


class MeetingForm(forms.ModelForm):
    livestream_url = forms.URLField(
        label="直播链接", required=False, max_length=200, assume_scheme="https"
    )

    class Meta:
        model = Meeting
        fields = [
            "title",
            "held_on",
            "topics",
            "public_invited",
            "public_attendees",
            "livestream_url",
            "outcome",
            "published",
        ]
        widgets = {"held_on": forms.DateInput(attrs={"type": "date"})}


class DeputyReplyForm(forms.Form):
    kind = forms.ChoiceField(label="类别", choices=DeputyReply.Kind.choices)
    number = forms.CharField(label="编号", max_length=50, required=False)
    title = forms.CharField(label="标题", max_length=200)
    deputy_name = forms.CharField(label="代表（委员）姓名（不公开）", max_length=100)
    deputy_contact = forms.CharField(label="代表联系方式（不公开）", max_length=200, required=False)
    distribution = forms.CharField(
        label="抄送范围（不公开）", widget=forms.Textarea, required=False
    )
    body = forms.CharField(label="复文全文", widget=forms.Textarea)
    mode = forms.ChoiceField(label="公开方式", choices=DeputyReply.Mode.choices)
    summary = forms.CharField(label="摘要（摘要公开时必填）", widget=forms.Textarea, required=False)


QUESTION_HELP = (
    "每行一题，格式：题型|题目|选项1;选项2。题型写“单选”“多选”“文字”或“打分”"
    "（打分题在选项处写最高分，如：打分|满意度|5）。"
)
# A question's type as written by a person (单选 …) or as stored (single …).
QUESTION_KINDS = {
    **{str(label): value for value, label in Question.Kind.choices},
    **{value: value for value in Question.Kind.values},
}


class SurveyForm(forms.Form):
    title = forms.CharField(label="标题", max_length=200)
    description = forms.CharField(label="说明", widget=forms.Textarea, required=False)
    starts_at = forms.DateTimeField(label="开始", widget=forms.DateTimeInput(attrs=DATETIME))
    ends_at = forms.DateTimeField(label="截止", widget=forms.DateTimeInput(attrs=DATETIME))
    questions = forms.CharField(label="题目", widget=forms.Textarea, help_text=QUESTION_HELP)
    publish = forms.BooleanField(label="立即发布", required=False, initial=True)

    def clean_questions(self):
        out = []
        for n, line in enumerate(self.cleaned_data["questions"].splitlines(), start=1):
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split("|")]
            kind = QUESTION_KINDS.get(parts[0].lower() if parts else "", "")
            if not kind or len(parts) < 2:
                raise forms.ValidationError(f"第 {n} 行格式不对。{QUESTION_HELP}")
            extra = parts[2] if len(parts) > 2 else ""
            q = {"kind": kind, "text": parts[1]}
            if kind == "scale":
                q["scale_max"] = int(extra) if extra.isdigit() else 5
            else:
                q["options"] = [o for o in extra.replace("；", ";").split(";") if o.strip()]
            out.append(q)
        if not out:
            raise forms.ValidationError("至少需要一个题目")
        return out


class SurveySettingsForm(forms.Form):
    published = forms.BooleanField(label="发布", required=False)
    results_public = forms.BooleanField(label="调查期间公开结果", required=False)
    close_now = forms.BooleanField(label="立即结束调查", required=False)


class KindLimitForm(forms.Form):
    kind = forms.ChoiceField(label="留言类型", choices=MessageKind.choices)
    working_days = forms.IntegerField(label="答复时限（工作日）", min_value=1, max_value=60)
