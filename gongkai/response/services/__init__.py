"""Every write of the response app (re-exported from the modules by topic)."""

from gongkai.response.services.hotline import (
    order_answer,
    order_assign,
    order_close,
    order_reassign,
    order_receive,
    order_return,
    orders_import,
)
from gongkai.response.services.incidents import (
    followup_schedule,
    incident_close,
    incident_from_comment,
    incident_from_message,
    incident_register,
    step_record,
)
from gongkai.response.services.media import (
    account_apply,
    account_record_update,
    account_transition,
    press_event_create,
    press_event_publish,
)
from gongkai.response.services.qa import qa_create, qa_from_message, qa_publish, qa_withdraw

__all__ = [
    "account_apply",
    "account_record_update",
    "account_transition",
    "followup_schedule",
    "incident_close",
    "incident_from_comment",
    "incident_from_message",
    "incident_register",
    "order_answer",
    "order_assign",
    "order_close",
    "order_reassign",
    "order_receive",
    "order_return",
    "orders_import",
    "press_event_create",
    "press_event_publish",
    "qa_create",
    "qa_from_message",
    "qa_publish",
    "qa_withdraw",
    "step_record",
]
