"""The registers this app holds, each described once by a ``RegisterSpec``: its model,
Chinese name, the fields staff fill in, the fields the public sees, and the elements that
must be present before it can be published. Pages, API, search, site map and the version
snapshots all loop over ``SPECS`` — one pattern, not one copy per register."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import reverse


@dataclass(frozen=True)
class RegisterSpec:
    key: str
    model_path: str  # "InspectionMatter" (in gongkai.registers.models)
    label: str  # the register's Chinese name
    entry_label: str  # one entry's Chinese name
    form_fields: tuple[str, ...]
    public_fields: tuple[str, ...]
    required: tuple[str, ...] = ()  # must be filled before publication
    group: str = ""
    intro: str = ""
    order: int = 100
    extra_search: tuple[str, ...] = field(default=())

    @property
    def model(self):
        from gongkai.registers import models

        return getattr(models, self.model_path)

    def public_url(self, entry) -> str:
        return reverse("registers:public_detail", args=[self.key, entry.pk])

    @property
    def list_url(self) -> str:
        return reverse("registers:public_list", args=[self.key])


INSPECTION = "双随机一公开"
NORMATIVE = "行政规范性文件"
SERVICE = "政务服务"
POWERS = "权责清单"
DECISIONS = "重大行政决策"
OTHER = "公报、负面清单与开放数据"

#: the 办事指南's required elements (a guide missing one cannot be published)
GUIDE_ELEMENTS = (
    "title", "code", "basis", "conditions", "materials", "process", "legal_limit",
    "promised_limit", "fees", "place_time", "phones",
)  # fmt: skip

SPECS: dict[str, RegisterSpec] = {
    s.key: s
    for s in [
        RegisterSpec(
            key="matters",
            model_path="InspectionMatter",
            label="随机抽查事项清单",
            entry_label="抽查事项",
            form_fields=("unit", "title", "code", "basis", "target_kind", "method", "ratio"),
            public_fields=("unit", "code", "basis", "target_kind", "method", "ratio"),
            required=("title", "basis", "target_kind", "method"),
            group=INSPECTION,
            intro="各单位依法开展随机抽查的事项、依据、对象类别和方式。",
            order=10,
        ),
        RegisterSpec(
            key="targets",
            model_path="InspectionTarget",
            label="检查对象名录库",
            entry_label="检查对象",
            form_fields=("unit", "matter", "title", "credit_code", "address", "related_unit"),
            public_fields=("unit", "matter", "credit_code", "address"),
            required=("title", "matter"),
            group=INSPECTION,
            intro="按单位和抽查事项登记的检查对象。",
            order=20,
        ),
        RegisterSpec(
            key="inspectors",
            model_path="Inspector",
            label="执法检查人员名录库",
            entry_label="执法检查人员",
            form_fields=("unit", "title", "badge_no", "matters", "related_targets"),
            public_fields=("unit", "badge_no", "matters"),
            required=("title", "badge_no", "matters"),
            group=INSPECTION,
            intro="具备执法资格、可参与随机抽查的人员。",
            order=30,
        ),
        RegisterSpec(
            key="draws",
            model_path="InspectionDraw",
            label="随机抽查计划与结果",
            entry_label="随机抽查",
            form_fields=(
                "unit",
                "title",
                "matter",
                "k_targets",
                "m_inspectors",
                "inspect_from",
                "inspect_to",
            ),  # fmt: skip
            public_fields=(
                "unit",
                "matter",
                "k_targets",
                "m_inspectors",
                "inspect_from",
                "inspect_to",
                "stage",
            ),  # fmt: skip
            required=("title", "matter", "k_targets", "m_inspectors"),
            group=INSPECTION,
            intro="抽查计划公布时即固定随机种子，任何人可按公布的规则复核抽取结果。",
            order=40,
        ),
        RegisterSpec(
            key="normative",
            model_path="NormativeDocument",
            label="行政规范性文件统一登记",
            entry_label="行政规范性文件",
            form_fields=(
                "unit",
                "title",
                "doc_number",
                "written_on",
                "legality_reviewed_on",
                "filed_on",
                "effective_on",
                "summary",
                "link",
            ),  # fmt: skip
            public_fields=(
                "unit",
                "reg_number",
                "doc_number",
                "written_on",
                "legality_reviewed_on",
                "filed_on",
                "effective_on",
                "validity",
                "validity_on",
                "validity_basis",
                "summary",
            ),  # fmt: skip
            required=("title", "written_on", "legality_reviewed_on"),
            group=NORMATIVE,
            intro="行政规范性文件统一登记、统一编号、统一印发，以及合法性审核、备案和有效性。",
            order=50,
            extra_search=("doc_number", "reg_number"),
        ),
        RegisterSpec(
            key="cleanups",
            model_path="CleanupCampaign",
            label="行政规范性文件清理结果",
            entry_label="规范性文件清理",
            form_fields=("unit", "title", "year", "scope_units", "answer_by", "decided_on"),
            public_fields=("unit", "year", "decided_on"),
            required=("title", "year"),
            group=NORMATIVE,
            intro="各单位对现行有效的规范性文件逐件提出保留、修改或废止意见，结果向社会公布。",
            order=60,
        ),
        RegisterSpec(
            key="services",
            model_path="ServiceItem",
            label="政务服务事项和办事指南",
            entry_label="政务服务事项",
            form_fields=(
                "unit",
                "title",
                "code",
                "kind",
                "basis",
                "conditions",
                "materials",
                "process",
                "legal_limit",
                "promised_limit",
                "fees",
                "place_time",
                "phones",
                "changed_on",
            ),  # fmt: skip
            public_fields=(
                "unit",
                "code",
                "kind",
                "basis",
                "conditions",
                "materials",
                "process",
                "legal_limit",
                "promised_limit",
                "fees",
                "place_time",
                "phones",
            ),  # fmt: skip
            required=GUIDE_ELEMENTS,
            group=SERVICE,
            intro="政务服务事项及其办事指南：设定依据、受理条件、申请材料、办理流程、时限、收费、地点和电话。",
            order=70,
            extra_search=("code",),
        ),
        RegisterSpec(
            key="bundles",
            model_path="ServiceBundle",
            label="“一件事”清单",
            entry_label="“一件事”",
            form_fields=("unit", "title", "description", "items"),
            public_fields=("unit", "description", "items"),
            required=("title", "description", "items"),
            group=SERVICE,
            intro="把多个关联事项集成为“一件事”，一次告知、一表申请、一次办成。",
            order=80,
        ),
        RegisterSpec(
            key="powers",
            model_path="Power",
            label="权责清单",
            entry_label="权责事项",
            form_fields=(
                "unit",
                "title",
                "code",
                "power_type",
                "basis",
                "responsibilities",
                "accountability",
            ),  # fmt: skip
            public_fields=(
                "unit",
                "code",
                "power_type",
                "basis",
                "responsibilities",
                "accountability",
            ),  # fmt: skip
            required=("title", "code", "power_type", "basis", "responsibilities", "accountability"),
            group=POWERS,
            intro="各单位的行政权力事项、设定依据、责任事项和追责情形，按年度公开并列明调整情况。",
            order=90,
            extra_search=("code",),
        ),
        RegisterSpec(
            key="decisions",
            model_path="MajorDecision",
            label="重大行政决策事项目录",
            entry_label="重大行政决策",
            form_fields=(
                "unit",
                "title",
                "year",
                "description",
                "expert_review_on",
                "risk_assessment_on",
                "legality_review_on",
                "collective_discussion_on",
            ),  # fmt: skip
            public_fields=(
                "unit",
                "year",
                "description",
                "consultation_title",
                "expert_review_on",
                "risk_assessment_on",
                "legality_review_on",
                "collective_discussion_on",
                "stage",
                "decided_on",
                "decision_doc_number",
                "evaluated_on",
                "evaluation",
            ),  # fmt: skip
            required=("title", "year", "description"),
            group=DECISIONS,
            intro="年度重大行政决策事项及其公众参与、专家论证、风险评估、合法性审查、集体讨论决定和决策后评估。",
            order=100,
        ),
        RegisterSpec(
            key="negative",
            model_path="NegativeItem",
            label="政务公开负面清单",
            entry_label="负面清单事项",
            form_fields=("unit", "title", "category", "basis", "reason"),
            public_fields=("unit", "category", "basis", "reason", "reviewed_year", "review_result"),
            required=("title", "category", "basis"),
            group=OTHER,
            intro="依法不予公开的信息类别及其依据，每年复核一次。",
            order=110,
        ),
        RegisterSpec(
            key="gazette",
            model_path="GazetteIssue",
            label="政府公报",
            entry_label="政府公报",
            form_fields=("unit", "title", "year", "period_from", "period_to", "others"),
            public_fields=("unit", "year", "number", "period_from", "period_to"),
            required=("title", "year", "period_from", "period_to"),
            group=OTHER,
            intro="按期汇编的规范性文件和其他政府文件，提供网页版和带目录的便携文档版。",
            order=120,
        ),
        RegisterSpec(
            key="datasets",
            model_path="Dataset",
            label="开放数据目录",
            entry_label="开放数据集",
            form_fields=(
                "unit",
                "title",
                "topic",
                "description",
                "frequency",
                "fields_desc",
                "licence",
            ),  # fmt: skip
            public_fields=(
                "unit",
                "topic",
                "description",
                "frequency",
                "fields_desc",
                "licence",
                "last_updated_on",
            ),  # fmt: skip
            required=("title", "topic", "description", "frequency", "fields_desc", "licence"),
            group=OTHER,
            intro="可下载、可预览、可通过接口获取的政府数据集。",
            order=130,
        ),
        RegisterSpec(
            key="standard",
            model_path="StandardEntry",
            label="基层政务公开标准目录",
            entry_label="标准目录事项",
            form_fields=(
                "unit",
                "node",
                "area",
                "parent_matter",
                "title",
                "content",
                "basis",
                "time_limit",
                "subject",
                "channels",
                "audience",
                "mode",
                "level",
            ),  # fmt: skip
            public_fields=(
                "unit",
                "area",
                "parent_matter",
                "content",
                "basis",
                "time_limit",
                "subject",
                "channels",
                "audience",
                "mode",
                "level",
            ),  # fmt: skip
            required=(
                "title",
                "content",
                "basis",
                "time_limit",
                "subject",
                "channels",
                "audience",
                "mode",
                "level",
            ),  # fmt: skip
            group=OTHER,
            intro="基层政务公开标准目录：公开事项、内容、依据、时限、主体、渠道和载体、对象、方式和层级。",
            order=140,
        ),
    ]
}

#: registers whose entries staff create through the generic form (a campaign is created
#: through the form too; its answers have their own page)
CREATABLE = tuple(SPECS)


def spec(key: str) -> RegisterSpec:
    from django.http import Http404

    if key not in SPECS:
        raise Http404("未找到该清单")
    return SPECS[key]


def spec_for(entry) -> RegisterSpec:
    return SPECS[type(entry).REGISTER]


def groups() -> list[tuple[str, list[RegisterSpec]]]:
    out: dict[str, list[RegisterSpec]] = {}
    for s in sorted(SPECS.values(), key=lambda s: s.order):
        out.setdefault(s.group, []).append(s)
    return list(out.items())
