"""Public registers (公开清单) on one pattern: ``RegisterEntry``, an abstract versioned
entry owned by a unit, with a status (草稿 → 待审核 → 已公开 → 已撤回) and a version number
that grows by one each time it is published; every published version is kept as an
``EntryVersion`` snapshot, so a register can show what changed.

Concrete registers:

- 双随机一公开: ``InspectionMatter`` (抽查事项), ``InspectionTarget`` (检查对象名录),
  ``Inspector`` (执法检查人员名录), ``InspectionDraw`` (随机抽查, its seed fixed when the
  plan is published) and ``InspectionResult`` (检查结果 and 处罚, with a deadline);
- 行政规范性文件: ``NormativeDocument`` (统一登记、统一编号) and ``CleanupCampaign`` (清理)
  with one ``CleanupLine`` per document in scope.
"""

from gongkai.registers.models.base import (  # noqa: F401
    ACTION_LABELS,
    TRANSITIONS,
    EntryStatus,
    EntryVersion,
    RegisterEntry,
)
from gongkai.registers.models.decisions import (  # noqa: F401
    MajorDecision,
    NegativeItem,
    NegativeReview,
    ReviewResult,
)
from gongkai.registers.models.inspections import (  # noqa: F401
    InspectionDraw,
    InspectionMatter,
    InspectionResult,
    InspectionTarget,
    Inspector,
)
from gongkai.registers.models.normative import (  # noqa: F401
    CleanupCampaign,
    CleanupLine,
    NormativeDocument,
    Validity,
)
from gongkai.registers.models.publications import (  # noqa: F401
    Dataset,
    DatasetFile,
    GazetteIssue,
    StandardEntry,
)
from gongkai.registers.models.services import (  # noqa: F401
    Power,
    PowerEdition,
    ServiceBundle,
    ServiceItem,
)

__all__ = [
    "EntryStatus",
    "TRANSITIONS",
    "ACTION_LABELS",
    "RegisterEntry",
    "EntryVersion",
    "InspectionMatter",
    "InspectionTarget",
    "Inspector",
    "InspectionDraw",
    "InspectionResult",
    "Validity",
    "NormativeDocument",
    "CleanupCampaign",
    "CleanupLine",
    "ServiceItem",
    "ServiceBundle",
    "Power",
    "PowerEdition",
    "MajorDecision",
    "ReviewResult",
    "NegativeItem",
    "NegativeReview",
    "GazetteIssue",
    "Dataset",
    "DatasetFile",
    "StandardEntry",
]
