"""Views of the response app (thin: forms in, one service, redirect or render)."""

from gongkai.response.views.hotline import ws_order, ws_orders
from gongkai.response.views.incidents import (
    incident_from_comment,
    incident_from_message,
    ws_incident,
    ws_incidents,
    ws_index,
)
from gongkai.response.views.public import (
    new_media,
    press_event,
    press_events,
    qa,
    qa_list,
    qa_suggest,
)
from gongkai.response.views.registry import qa_from_message, ws_accounts, ws_press, ws_qa

__all__ = [
    "incident_from_comment",
    "incident_from_message",
    "new_media",
    "press_event",
    "press_events",
    "qa",
    "qa_from_message",
    "qa_list",
    "qa_suggest",
    "ws_accounts",
    "ws_incident",
    "ws_incidents",
    "ws_index",
    "ws_order",
    "ws_orders",
    "ws_press",
    "ws_qa",
]
