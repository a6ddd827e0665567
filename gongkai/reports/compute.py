"""Computing the annual-report tables from the data (RULES §8).

Every figure is an aggregate in the database (GROUP BY), never a loop over rows, so a
unit with a hundred thousand applications reports in a few queries.

Definitions used throughout (one year = 1 January to 31 December, local time):

- 本年新收: applications whose receipt date (Art. 31) is in the year;
- 上年结转: received before the year and not replied before it;
- 本年度办理结果: replied in the year, by outcome code;
- 结转下年度: received by 31 December and not replied by then;
- 规章/行政规范性文件: items of kind ``rule``/``normative`` that are or were public;
  制发 = published in the year; 废止 = validity changed to repealed (废止) or expired
  (失效) in the year — both leave the valid set; 现行有效 = published by 31 December
  and not repealed or expired by then.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, F, Q, Sum
from django.utils import timezone

from gongkai.core.models import Unit
from gongkai.foi.codes import CaseResult
from gongkai.foi.models import Application, FeeRecord, ReviewCase
from gongkai.publishing.models import PUBLIC_STATUSES, InformationItem
from gongkai.reports import tables as T
from gongkai.reports.models import AnnualReport, ExternalFigure

TEN_THOUSAND = Decimal(10000)


@dataclass
class Year:
    year: int

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 1, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.year, 12, 31)

    @property
    def start_at(self) -> dt.datetime:
        return dt.datetime(self.year, 1, 1, tzinfo=timezone.get_current_timezone())

    @property
    def end_at(self) -> dt.datetime:
        """First moment after the year (exclusive bound)."""
        return dt.datetime(self.year + 1, 1, 1, tzinfo=timezone.get_current_timezone())


def unit_q(unit: Unit, scope: str, field_name: str = "unit") -> Q:
    """The units a report covers: the unit itself, or its whole subtree (roll-up)."""
    if scope == AnnualReport.Scope.ROLLUP:
        return Q(**{f"{field_name}__path__startswith": unit.path})
    return Q(**{f"{field_name}_id": unit.pk})


@dataclass
class ReportData:
    unit: Unit
    year: int
    scope: str
    section2: list[T.Table]
    section3: T.Table
    section4: T.Table
    fees_yuan: Decimal
    facts: dict = field(default_factory=dict)
    # raw figures the checks need
    valid_last_year: dict[str, int] = field(default_factory=dict)
    relevant_applications: int = 0
    anomalies: list[dict] = field(default_factory=list)

    def table(self, key: str) -> T.Table:
        for t in [*self.section2, self.section3, self.section4]:
            if t.key == key:
                return t
        raise KeyError(key)

    def tables_json(self) -> dict:
        return {
            "section2": [t.as_json() for t in self.section2],
            "section3": self.section3.as_json(),
            "section4": self.section4.as_json(),
            "section6": {"fees_collected_yuan": str(self.fees_yuan)},
        }


# --- section 二 -------------------------------------------------------------------

DOC_KINDS = (InformationItem.Kind.RULE, InformationItem.Kind.NORMATIVE)
GONE = (InformationItem.Validity.REPEALED, InformationItem.Validity.EXPIRED)


def _docs(unit: Unit, scope: str):
    return InformationItem.objects.filter(
        unit_q(unit, scope), kind__in=DOC_KINDS, status__in=PUBLIC_STATUSES
    )


def valid_at_end_of(unit: Unit, scope: str, year: int) -> dict[str, int]:
    y = Year(year)
    rows = (
        _docs(unit, scope)
        .filter(published_at__lt=y.end_at)
        .filter(
            Q(validity=InformationItem.Validity.VALID)
            | Q(validity__in=GONE, validity_changed_on__gt=y.end)
        )
        .values("kind")
        .annotate(n=Count("id"))
    )
    out = {str(k): 0 for k in DOC_KINDS}
    out.update({r["kind"]: r["n"] for r in rows})
    for kind, counts in _registered(unit, scope, year).items():
        out[kind] = counts["valid"]
    return out


def _registered(unit: Unit, scope: str, year: int) -> dict[str, dict]:
    """Counts of the kinds whose register is the source of truth (``plugs.document_counts``)."""
    from gongkai.core import plugs

    rollup = scope == AnnualReport.Scope.ROLLUP
    found = {str(k): plugs.document_counts(str(k), unit, rollup, year) for k in DOC_KINDS}
    return {k: v for k, v in found.items() if v is not None}


def compute_section2(unit: Unit, scope: str, year: int) -> list[T.Table]:
    y = Year(year)
    tables = T.section2_tables()
    rules = tables[0]
    docs = _docs(unit, scope)
    issued = dict(
        docs.filter(published_at__gte=y.start_at, published_at__lt=y.end_at)
        .values("kind")
        .annotate(n=Count("id"))
        .values_list("kind", "n")
    )
    repealed = dict(
        docs.filter(validity__in=GONE, validity_changed_on__range=(y.start, y.end))
        .values("kind")
        .annotate(n=Count("id"))
        .values_list("kind", "n")
    )
    valid = valid_at_end_of(unit, scope, year)
    for kind in DOC_KINDS:
        rules.values[str(kind)] = {
            "issued": issued.get(kind, 0),
            "repealed": repealed.get(kind, 0),
            "valid": valid.get(kind, 0),
        }
    for kind, counts in _registered(unit, scope, year).items():
        rules.values[kind] = {k: counts[k] for k in ("issued", "repealed", "valid")}
    external = dict(
        ExternalFigure.objects.filter(unit_q(unit, scope), year=year)
        .values("kind")
        .annotate(v=Sum("value"))
        .values_list("kind", "v")
    )
    for table in tables[1:3]:
        for row in table.rows:
            table.values[row.key] = {"decisions": int(external.get(row.key) or 0)}
    fees = external.get(ExternalFigure.Kind.FEES) or Decimal(0)
    tables[3].values["fees"] = {"amount": Decimal(fees).quantize(Decimal("0.0001")).normalize()}
    return tables


# --- section 三 -------------------------------------------------------------------


def _grouped(qs, *fields: str) -> list[dict]:
    return list(qs.values(*fields).annotate(n=Count("id")).order_by())


def compute_section3(unit: Unit, scope: str, year: int) -> tuple[T.Table, int, list[dict]]:
    y = Year(year)
    table = T.section3_table()
    apps = Application.objects.filter(unit_q(unit, scope), received_on__isnull=False)
    types = T.applicant_keys()
    outcomes = set(T.outcome_keys())
    values: dict[str, dict[str, int]] = {r.key: dict.fromkeys(types, 0) for r in table.rows}

    def put(row: str, col: str, n: int) -> None:
        if col in values[row]:
            values[row][col] += n

    for r in _grouped(apps.filter(received_on__range=(y.start, y.end)), "applicant_type"):
        put(T.S3_NEW, r["applicant_type"], r["n"])
    carried = apps.filter(received_on__lt=y.start).filter(
        Q(replied_on__isnull=True) | Q(replied_on__gte=y.start)
    )
    for r in _grouped(carried, "applicant_type"):
        put(T.S3_CARRIED_OVER, r["applicant_type"], r["n"])
    replied = apps.filter(
        replied_on__range=(y.start, y.end), received_on__lte=y.end, outcome__isnull=False
    )
    for r in _grouped(replied, "outcome", "applicant_type"):
        if r["outcome"] in outcomes:
            put(r["outcome"], r["applicant_type"], r["n"])
    forward = apps.filter(received_on__lte=y.end).filter(
        Q(replied_on__isnull=True) | Q(replied_on__gt=y.end)
    )
    for r in _grouped(forward, "applicant_type"):
        put(T.S3_FORWARD, r["applicant_type"], r["n"])
    for col in types:
        values[T.S3_TOTAL][col] = sum(values[o][col] for o in outcomes)
    for row in values.values():
        row["total"] = sum(row[c] for c in types)
    table.values = values

    # Applications this year's table must account for, and the ones it cannot.
    relevant = apps.filter(received_on__lte=y.end).filter(
        Q(replied_on__isnull=True) | Q(replied_on__gte=y.start)
    )
    anomalies = application_anomalies(relevant, y, types, sorted(outcomes))
    return table, relevant.count(), anomalies


def application_anomalies(relevant, y: Year, types: list[str], outcomes: list[str]) -> list[dict]:
    """Applications that the year's table would count twice or not at all."""
    problems = [
        (
            "replied_no_outcome",
            "本年已答复但没有处理结果代码",
            Q(replied_on__range=(y.start, y.end), outcome__isnull=True),
        ),
        (
            "outcome_no_reply_date",
            "有处理结果但没有答复日期",
            Q(outcome__isnull=False, replied_on__isnull=True),
        ),
        (
            "replied_before_received",
            "答复日期早于收到日期",
            Q(replied_on__isnull=False, replied_on__lt=F("received_on")),
        ),
        ("unknown_type", "申请人类型不在年报列中", ~Q(applicant_type__in=types)),
        (
            "unknown_outcome",
            "处理结果代码不在年报行中",
            Q(outcome__isnull=False) & ~Q(outcome__in=outcomes),
        ),
    ]
    agg = relevant.aggregate(**{key: Count("id", filter=cond) for key, _label, cond in problems})
    out = []
    for key, label, cond in problems:
        n = agg[key] or 0
        if n:
            sample = list(
                relevant.filter(cond).order_by("id").values_list("tracking_number", flat=True)[:10]
            )
            out.append({"key": key, "label": label, "count": n, "sample": sample})
    return out


# --- section 四 -------------------------------------------------------------------


def compute_section4(unit: Unit, scope: str, year: int) -> T.Table:
    """Cases filed in the year, or filed earlier and still open at its start."""
    y = Year(year)
    table = T.section4_table()
    cases = ReviewCase.objects.filter(unit_q(unit, scope, "application__unit")).filter(
        Q(filed_on__range=(y.start, y.end))
        | Q(filed_on__lt=y.start)
        & (Q(decided_on__isnull=True) | Q(decided_on__gte=y.start))
        & (Q(result=CaseResult.PENDING) | Q(decided_on__isnull=False))
    )
    pending_now = Q(result=CaseResult.PENDING) | Q(decided_on__gt=y.end)
    row: dict[str, int] = {c.key: 0 for c in table.columns}
    for r in cases.filter(pending_now).values("kind").annotate(n=Count("id")).order_by():
        key = f"{r['kind']}.{CaseResult.PENDING}"
        if key in row:
            row[key] += r["n"]
    for r in cases.exclude(pending_now).values("kind", "result").annotate(n=Count("id")).order_by():
        key = f"{r['kind']}.{r['result']}"
        if key in row:
            row[key] += r["n"]
    for kind, _path in T.S4_KINDS:
        row[f"{kind}.total"] = sum(row[f"{kind}.{res}"] for res, _l in T.S4_RESULTS[:-1])
    table.values = {T.S4_ROW: row}
    return table


# --- section 六 and the facts for section 一 ---------------------------------------


def compute_fees(unit: Unit, scope: str, year: int) -> Decimal:
    y = Year(year)
    total = FeeRecord.objects.filter(
        unit_q(unit, scope, "application__unit"),
        waived=False,
        paid_on__range=(y.start, y.end),
    ).aggregate(s=Sum("amount"))["s"]
    return (total or Decimal(0)).quantize(Decimal("0.01"))


def compute_facts(unit: Unit, scope: str, year: int) -> dict:
    """Figures quoted in the pre-filled text of section 一."""
    y = Year(year)
    items = InformationItem.objects.filter(
        unit_q(unit, scope),
        status__in=PUBLIC_STATUSES,
        published_at__gte=y.start_at,
        published_at__lt=y.end_at,
    )
    by_kind = dict(items.values("kind").annotate(n=Count("id")).order_by().values_list("kind", "n"))
    apps = Application.objects.filter(unit_q(unit, scope))
    replied = apps.filter(replied_on__range=(y.start, y.end))
    app_agg = replied.aggregate(
        replied=Count("id"),
        late=Count("id", filter=Q(due__isnull=False, replied_on__gt=F("due"))),
    )
    return {
        **participation_facts(unit, scope, year),
        "items_published": sum(by_kind.values()),
        "normative_published": by_kind.get(InformationItem.Kind.NORMATIVE, 0)
        + by_kind.get(InformationItem.Kind.RULE, 0),
        "interpretations": by_kind.get(InformationItem.Kind.INTERPRETATION, 0),
        "licensing_penalty_items": by_kind.get(InformationItem.Kind.LICENSING, 0)
        + by_kind.get(InformationItem.Kind.PENALTY, 0),
        "applications_received": apps.filter(received_on__range=(y.start, y.end)).count(),
        "applications_replied": app_agg["replied"],
        "applications_late": app_agg["late"],
    }


def participation_facts(unit: Unit, scope: str, year: int) -> dict:
    """Consultations, feedback and messages of the year (section 一)."""
    from gongkai.participation.models import Consultation, Meeting, Message

    y = Year(year)
    cons = Consultation.objects.filter(unit_q(unit, scope))
    msgs = Message.objects.filter(unit_q(unit, scope))
    in_year = {"__gte": y.start_at, "__lt": y.end_at}

    def between(field: str) -> dict:
        return {f"{field}{k}": v for k, v in in_year.items()}

    answered = msgs.filter(**between("answered_at"))
    return {
        "consultations": cons.filter(
            status=Consultation.Status.PUBLISHED, **between("published_at")
        ).count(),
        "consultation_feedback": cons.filter(**between("summary_published_at")).count(),
        "messages_received": msgs.filter(**between("received_at")).count(),
        "messages_answered": answered.count(),
        "meetings_public": Meeting.objects.filter(
            unit_q(unit, scope), held_on__range=(y.start, y.end), public_invited=True
        ).count(),
    }


def compute_report(unit: Unit, year: int, scope: str = AnnualReport.Scope.OWN) -> ReportData:
    section3, relevant, anomalies = compute_section3(unit, scope, year)
    return ReportData(
        unit=unit,
        year=year,
        scope=scope,
        section2=compute_section2(unit, scope, year),
        section3=section3,
        section4=compute_section4(unit, scope, year),
        fees_yuan=compute_fees(unit, scope, year),
        facts=compute_facts(unit, scope, year),
        valid_last_year=valid_at_end_of(unit, scope, year - 1),
        relevant_applications=relevant,
        anomalies=anomalies,
    )


def tables_from_json(data: dict) -> dict[str, T.Table]:
    """Rebuild frozen tables of a published report (for its pages and files)."""
    out: dict[str, T.Table] = {}
    raw = [*data.get("section2", []), data.get("section3"), data.get("section4")]
    for t in raw:
        if not t:
            continue
        table = T.Table(
            key=t["key"],
            title=t["title"],
            corner=t["corner"],
            rows=[T.Line(r["key"], tuple(r["path"])) for r in t["rows"]],
            columns=[T.Line(c["key"], tuple(c["path"])) for c in t["columns"]],
            unit_note=t.get("unit_note", ""),
        )
        table.values = {
            r["key"]: {k: (Decimal(v) if isinstance(v, str) else v) for k, v in r["values"].items()}
            for r in t["rows"]
        }
        out[table.key] = table
    return out
