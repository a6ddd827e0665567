"""Every write of the registers, re-exported so ``from gongkai.registers.services import x``
works. Importing the package also installs each register's hooks into the shared pattern
(numbering, publication steps, guards)."""

from gongkai.registers.services.catalogues import (
    dataset_file_add,
    decision_decide,
    decision_evaluate,
    decision_link_consultation,
    negative_review,
)
from gongkai.registers.services.entries import (
    entry_create,
    entry_transition,
    entry_update,
    missing_elements,
    search_source,
)
from gongkai.registers.services.gazette import (
    gazette_add,
    gazette_contents,
    gazette_draft,
    gazette_pdf,
    gazette_remove,
    gazette_restore,
)
from gongkai.registers.services.inspections import (
    draw_perform,
    recompute_result_deadlines,
    result_publish,
    result_record,
)
from gongkai.registers.services.normative import (
    campaign_open,
    line_answer,
    validity_change,
)
from gongkai.registers.services.services import (
    power_edition_publish,
    recompute_guide_deadlines,
)
from gongkai.registers.services.standard import standard_import

__all__ = [
    "dataset_file_add",
    "decision_decide",
    "decision_evaluate",
    "decision_link_consultation",
    "gazette_add",
    "gazette_contents",
    "gazette_draft",
    "gazette_pdf",
    "gazette_remove",
    "gazette_restore",
    "negative_review",
    "campaign_open",
    "draw_perform",
    "entry_create",
    "entry_transition",
    "entry_update",
    "line_answer",
    "missing_elements",
    "power_edition_publish",
    "recompute_guide_deadlines",
    "recompute_result_deadlines",
    "result_publish",
    "result_record",
    "search_source",
    "standard_import",
    "validity_change",
]
