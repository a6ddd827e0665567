"""Every write of the participation app (RULES §6), each with an audit row.

Split by concern; everything callers use is re-exported here so that
``from gongkai.participation.services import X`` and ``services.X`` keep working.
"""

from gongkai.core.clientaddr import client_address
from gongkai.core.models import User
from gongkai.participation.deadlines import (
    ANSWER_RULE,
    FEEDBACK_RULE,
    answer_deadline,
    feedback_deadline,
)
from gongkai.participation.rules import (
    ATTACHMENT_MAX_BYTES,
    ATTACHMENT_TYPES,
    BANNED_WORDS,
    RATINGS,
    banned_words_in,
    check_attachment,
    client_hash,
    deputy_clean_text,
    rating_label,
    split_contacts,
    validate_period,
)
from gongkai.participation.selectors import answer_limit
from gongkai.participation.services.common import (
    COMMENT_LIMIT,
    MESSAGE_LIMIT,
    SEARCH_CONSULTATION,
    SEARCH_MESSAGE,
    SURVEY_LIMIT,
)
from gongkai.participation.services.consultations import (
    comment_moderate,
    comment_record,
    comment_submit,
    consultation_create,
    consultation_decision_record,
    consultation_publish,
    consultation_summary_publish,
    consultation_withdraw,
    feedback_record,
)
from gongkai.participation.services.deputies import (
    deputy_reply_publish,
)
from gongkai.participation.services.mailbox import (
    TRACK_FAILURES,
    code_digest,
    may_review_answer,
    message_answer,
    message_find,
    message_find_throttled,
    message_invalidate,
    message_limit_set,
    message_rate,
    message_reopen,
    message_review,
    message_submit,
    message_transfer,
)
from gongkai.participation.services.meetings import (
    meeting_save,
)
from gongkai.participation.services.recompute import (
    recompute_deadlines,
)
from gongkai.participation.services.surveys import (
    survey_create,
    survey_respond,
    survey_settings,
)

__all__ = [
    "User",
    "FEEDBACK_RULE",
    "ANSWER_RULE",
    "answer_deadline",
    "feedback_deadline",
    "answer_limit",
    "BANNED_WORDS",
    "client_address",
    "client_hash",
    "banned_words_in",
    "validate_period",
    "ATTACHMENT_TYPES",
    "ATTACHMENT_MAX_BYTES",
    "check_attachment",
    "RATINGS",
    "rating_label",
    "deputy_clean_text",
    "split_contacts",
    "SEARCH_CONSULTATION",
    "SEARCH_MESSAGE",
    "COMMENT_LIMIT",
    "MESSAGE_LIMIT",
    "SURVEY_LIMIT",
    "consultation_create",
    "consultation_publish",
    "consultation_withdraw",
    "comment_submit",
    "comment_record",
    "comment_moderate",
    "feedback_record",
    "consultation_decision_record",
    "consultation_summary_publish",
    "code_digest",
    "message_submit",
    "TRACK_FAILURES",
    "message_find_throttled",
    "message_find",
    "message_transfer",
    "message_answer",
    "message_review",
    "may_review_answer",
    "message_invalidate",
    "message_rate",
    "message_reopen",
    "message_limit_set",
    "survey_create",
    "survey_settings",
    "survey_respond",
    "meeting_save",
    "deputy_reply_publish",
    "recompute_deadlines",
]
