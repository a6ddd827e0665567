"""Every write of the foi app, one module per concern (RULES §5, Art. 29–42).

- ``intake``: online submission, staff registration, receipt confirmation, transfer;
- ``clock_events``: correction, consultation, extension, calendar recompute;
- ``fees``: assess, notify, paid, waived;
- ``lapse``: applications treated as withdrawn;
- ``files``: files to disclose, privacy-scanned on upload;
- ``reply``: the reply, its letter, delivery;
- ``disclosure``: the disclosed files masked and checked at reply time;
- ``delivery``: e-mail, tracking page, post: carrying out the chosen delivery;
- ``documents``: letter templates;
- ``cases``: administrative review and litigation.

Callers import from ``gongkai.foi.services``; the names below are its public surface.
The pure rules live outside this package: ``gongkai.foi.receipt`` (Art. 31),
``gongkai.foi.validation`` (Art. 29), ``gongkai.foi.clock`` (the reply deadline) and
``gongkai.foi.fees`` (amounts).
"""

from gongkai.foi.clock import recompute
from gongkai.foi.receipt import receipt_date
from gongkai.foi.selectors import access_code_ok, blocking_findings
from gongkai.foi.services.cases import case_decide, case_record
from gongkai.foi.services.clock_events import (
    consultation_end,
    consultation_start,
    correction_receive,
    correction_request,
    extension_approve,
    recompute_open,
)
from gongkai.foi.services.delivery import delivery_retry
from gongkai.foi.services.documents import template_save
from gongkai.foi.services.fees import (
    applicant_key,
    fee_assess,
    fee_notice,
    fee_paid,
    fee_waive,
    monthly_ordinal,
)
from gongkai.foi.services.files import file_attach
from gongkai.foi.services.intake import (
    access_code_hash,
    application_confirm,
    application_register,
    application_submit,
    application_transfer,
)
from gongkai.foi.services.lapse import lapse_overdue
from gongkai.foi.services.reply import application_deliver, application_reply
from gongkai.foi.services.reply_review import (
    reply_approve,
    reply_draft_submit,
    reply_return,
    reply_submit,
    reply_via_review,
)
from gongkai.foi.validation import (
    APPLICANT_FIELDS,
    ID_SCAN_MAX_BYTES,
    ID_SCAN_TYPES,
    check_id_scan,
    normalise_info_key,
    validate_application,
)

__all__ = [
    "APPLICANT_FIELDS",
    "ID_SCAN_MAX_BYTES",
    "ID_SCAN_TYPES",
    "access_code_hash",
    "access_code_ok",
    "applicant_key",
    "application_confirm",
    "application_deliver",
    "application_register",
    "application_reply",
    "application_submit",
    "application_transfer",
    "blocking_findings",
    "case_decide",
    "case_record",
    "check_id_scan",
    "consultation_end",
    "delivery_retry",
    "consultation_start",
    "correction_receive",
    "correction_request",
    "extension_approve",
    "fee_assess",
    "fee_notice",
    "fee_paid",
    "fee_waive",
    "file_attach",
    "lapse_overdue",
    "monthly_ordinal",
    "normalise_info_key",
    "receipt_date",
    "recompute",
    "recompute_open",
    "reply_approve",
    "reply_draft_submit",
    "reply_return",
    "reply_submit",
    "reply_via_review",
    "template_save",
    "validate_application",
]
