"""Applicant types and reply outcomes, one-to-one with the annual-report rows (RULES §8).

The annual report (国办公开办函〔2021〕30号 format), section 三, counts every application
by applicant type (columns) and outcome (leaf rows). These codes are the only outcome
values an application may take, so that the report is a GROUP BY, not a judgement.
"""

from django.db import models


class ApplicantType(models.TextChoices):
    NATURAL_PERSON = "natural", "自然人"
    COMMERCIAL = "commercial", "商业企业"
    RESEARCH = "research", "科研机构"
    SOCIAL_WELFARE = "social_welfare", "社会公益组织"
    LEGAL_SERVICE = "legal_service", "法律服务机构"
    OTHER_ORG = "other_org", "其他"


#: Column groups of table 三 in order.
APPLICANT_COLUMNS = [
    ("natural", "自然人", [ApplicantType.NATURAL_PERSON]),
    (
        "legal",
        "法人或其他组织",
        [
            ApplicantType.COMMERCIAL,
            ApplicantType.RESEARCH,
            ApplicantType.SOCIAL_WELFARE,
            ApplicantType.LEGAL_SERVICE,
            ApplicantType.OTHER_ORG,
        ],
    ),
]


class Outcome(models.TextChoices):
    DISCLOSED = "disclosed", "（一）予以公开"
    PARTLY = "partly", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    # （三）不予公开
    NOT_STATE_SECRET = "not_state_secret", "1.属于国家秘密"
    NOT_OTHER_LAW = "not_other_law", "2.其他法律行政法规禁止公开"
    NOT_THREE_SECURITIES = "not_three_securities", "3.危及“三安全一稳定”"
    NOT_THIRD_PARTY = "not_third_party", "4.保护第三方合法权益"
    NOT_INTERNAL = "not_internal", "5.属于三类内部事务信息"
    NOT_PROCESS = "not_process", "6.属于四类过程性信息"
    NOT_ENFORCEMENT_FILE = "not_enforcement_file", "7.属于行政执法案卷"
    NOT_ADMIN_ENQUIRY = "not_admin_enquiry", "8.属于行政查询事项"
    # （四）无法提供
    CANNOT_NOT_HELD = "cannot_not_held", "1.本机关不掌握相关政府信息"
    CANNOT_COMPILE = "cannot_compile", "2.没有现成信息需要另行制作"
    CANNOT_UNCLEAR = "cannot_unclear", "3.补正后申请内容仍不明确"
    # （五）不予处理
    UNPROCESSED_PETITION = "unprocessed_petition", "1.信访举报投诉类申请"
    UNPROCESSED_REPEAT = "unprocessed_repeat", "2.重复申请"
    UNPROCESSED_PUBLICATION = "unprocessed_publication", "3.要求提供公开出版物"
    UNPROCESSED_EXCESSIVE = "unprocessed_excessive", "4.无正当理由大量反复申请"
    UNPROCESSED_CONFIRM = "unprocessed_confirm", "5.要求行政机关确认或重新出具已获取信息"
    # （六）其他处理
    OTHER_NO_CORRECTION = (
        "other_no_correction",
        ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    )
    OTHER_FEE_UNPAID = (
        "other_fee_unpaid",
        ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    )
    OTHER = "other", "3.其他"


#: Row groups of table 三 (group label, outcomes), in the national order.
OUTCOME_GROUPS = [
    ("（一）予以公开", [Outcome.DISCLOSED]),
    ("（二）部分公开", [Outcome.PARTLY]),
    (
        "（三）不予公开",
        [
            Outcome.NOT_STATE_SECRET,
            Outcome.NOT_OTHER_LAW,
            Outcome.NOT_THREE_SECURITIES,
            Outcome.NOT_THIRD_PARTY,
            Outcome.NOT_INTERNAL,
            Outcome.NOT_PROCESS,
            Outcome.NOT_ENFORCEMENT_FILE,
            Outcome.NOT_ADMIN_ENQUIRY,
        ],
    ),
    ("（四）无法提供", [Outcome.CANNOT_NOT_HELD, Outcome.CANNOT_COMPILE, Outcome.CANNOT_UNCLEAR]),
    (
        "（五）不予处理",
        [
            Outcome.UNPROCESSED_PETITION,
            Outcome.UNPROCESSED_REPEAT,
            Outcome.UNPROCESSED_PUBLICATION,
            Outcome.UNPROCESSED_EXCESSIVE,
            Outcome.UNPROCESSED_CONFIRM,
        ],
    ),
    ("（六）其他处理", [Outcome.OTHER_NO_CORRECTION, Outcome.OTHER_FEE_UNPAID, Outcome.OTHER]),
]


class CaseKind(models.TextChoices):
    """Section 四 of the annual report."""

    REVIEW = "review", "行政复议"
    LITIGATION_DIRECT = "litigation_direct", "行政诉讼（未经复议直接起诉）"
    LITIGATION_AFTER_REVIEW = "litigation_after_review", "行政诉讼（复议后起诉）"


class CaseResult(models.TextChoices):
    UPHELD = "upheld", "结果维持"
    CORRECTED = "corrected", "结果纠正"
    OTHER = "other", "其他结果"
    PENDING = "pending", "尚未审结"
