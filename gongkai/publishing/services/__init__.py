"""Every write to information items: drafting, the review workflow, publication.

The workflow is a state machine (``publishing.workflow.TRANSITIONS``); each transition
service locks the row, checks the state and the actor's unit and role, writes the change
and an audit row, and schedules the search index update after commit. By concern:

- ``drafting``: create and edit items, attachments;
- ``findings``: privacy findings — scan, mask, keep with a reason;
- ``review``: submit (退文), start review, return, approve;
- ``publication``: publish with an index number, withdraw, expire, repeal;
- ``revisions``: a published item changes only through a reviewed revision; changing
  its attribute is a withdrawal;
- ``imports``: old pages imported as published items;
- ``word``: drafts (or a draft's body) from a Word document in the official layout.

Pure rules live beside the package: ``publishing.deadlines`` (RULES §2),
``publishing.index_numbers``, ``publishing.html``, ``publishing.workflow``.
"""

from gongkai.publishing.deadlines import (
    RULE_DECISION,
    RULE_GENERAL,
    RULE_INTERPRETATION,
    RULE_RECALL,
    RULE_SERVICE_GUIDE,
    publish_deadline,
)
from gongkai.publishing.html import body_text, sanitize_html
from gongkai.publishing.index_numbers import index_pattern, next_index_number
from gongkai.publishing.services.common import (
    EDITABLE_FIELDS,
    SEARCH_SOURCE,
    recompute_open_deadlines,
)
from gongkai.publishing.services.drafting import (
    attachment_add,
    attachment_remove,
    item_create,
    item_update,
)
from gongkai.publishing.services.findings import (
    finding_accept,
    finding_mask,
    open_blocking_findings,
)
from gongkai.publishing.services.imports import item_import
from gongkai.publishing.services.publication import (
    item_expire,
    item_publish,
    item_repeal,
    item_withdraw,
)
from gongkai.publishing.services.review import (
    REVIEW_CHECKS,
    item_approve,
    item_return,
    item_start_review,
    item_submit,
    return_reasons,
)
from gongkai.publishing.services.revisions import (
    item_reclassify,
    open_revision,
    revision_apply,
    revision_changes,
    revision_create,
    revision_edit,
)
from gongkai.publishing.services.word import body_from_attachment, draft_from_docx
from gongkai.publishing.workflow import (
    DRAFT_ROLES,
    EDITABLE_STATES,
    OPEN_STATES,
    REVIEW_ROLES,
    TRANSITIONS,
)

__all__ = [
    "DRAFT_ROLES",
    "EDITABLE_FIELDS",
    "EDITABLE_STATES",
    "OPEN_STATES",
    "REVIEW_CHECKS",
    "REVIEW_ROLES",
    "RULE_DECISION",
    "RULE_GENERAL",
    "RULE_INTERPRETATION",
    "RULE_RECALL",
    "RULE_SERVICE_GUIDE",
    "SEARCH_SOURCE",
    "TRANSITIONS",
    "attachment_add",
    "attachment_remove",
    "body_from_attachment",
    "body_text",
    "draft_from_docx",
    "finding_accept",
    "finding_mask",
    "index_pattern",
    "item_approve",
    "item_create",
    "item_expire",
    "item_import",
    "item_publish",
    "item_reclassify",
    "item_repeal",
    "item_return",
    "item_start_review",
    "item_submit",
    "item_update",
    "item_withdraw",
    "next_index_number",
    "open_blocking_findings",
    "open_revision",
    "publish_deadline",
    "recompute_open_deadlines",
    "return_reasons",
    "revision_apply",
    "revision_changes",
    "revision_create",
    "revision_edit",
    "sanitize_html",
]
