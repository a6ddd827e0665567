"""Public pages under /hudong/ and staff pages under /workspace/participation/.

Split by concern; ``urls.py`` keeps using ``views.<name>``.
"""

from gongkai.participation.views.consultations import (
    consultation_detail,
    consultation_list,
    ws_consultation,
    ws_consultation_new,
    ws_consultations,
)
from gongkai.participation.views.deputies import (
    reply_detail,
    reply_list,
    ws_replies,
)
from gongkai.participation.views.mailbox import (
    mailbox,
    message_public,
    message_rate,
    message_reopen,
    message_track,
    message_write,
    ws_message,
    ws_messages,
)
from gongkai.participation.views.meetings import (
    meeting_detail,
    meeting_list,
    ws_meetings,
)
from gongkai.participation.views.overview import (
    index,
    ws_index,
)
from gongkai.participation.views.surveys import (
    survey_detail,
    survey_list,
    survey_results,
    ws_survey,
    ws_survey_export,
    ws_surveys,
)

__all__ = [
    "index",
    "ws_index",
    "consultation_list",
    "consultation_detail",
    "ws_consultations",
    "ws_consultation_new",
    "ws_consultation",
    "mailbox",
    "message_write",
    "message_track",
    "message_rate",
    "message_reopen",
    "message_public",
    "ws_messages",
    "ws_message",
    "survey_list",
    "survey_detail",
    "survey_results",
    "ws_surveys",
    "ws_survey",
    "ws_survey_export",
    "meeting_list",
    "meeting_detail",
    "ws_meetings",
    "reply_list",
    "reply_detail",
    "ws_replies",
]
