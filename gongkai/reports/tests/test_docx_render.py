"""Every DOCX the platform writes, opened by the client officials use: LibreOffice.

Each document (the reply letter of every outcome and the other letters, the annual
report, the website's yearly report, the 督办单, the 受理回执) is converted to PDF with
``soffice --headless`` (Debian's ``libreoffice-writer-nogui``, installed by
``scripts/ensure-system.sh``). ``pdfinfo`` must report A4 on every page, and in the
annual report ``pdftotext -layout`` must show every row label of table 三 on one or two
lines (the issue: a label column four characters wide printed 「1.属于国家秘密」 on four).

All documents are converted in one ``soffice`` run per test worker, with a profile of
that worker's own (``-env:UserInstallation``), so parallel workers do not collide.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.utils import timezone

from gongkai.foi.codes import OUTCOME_GROUPS

pytestmark = pytest.mark.heavy

A4 = (595.28, 841.89)
TOLERANCE = 1.0


def _annual_report() -> bytes:
    from gongkai.reports import tables as T
    from gongkai.reports.writers import ReportView, render_docx

    s3 = T.section3_table()
    for n, row in enumerate(s3.rows):
        # five digits in every cell: the number columns are narrow but must hold them
        s3.values[row.key] = {c.key: 10000 + n for c in s3.columns}
    s2 = T.section2_tables()
    view = ReportView(
        title="示范县民政局2026年政府信息公开工作年度报告",
        unit_name="示范县民政局",
        overview="本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》。",
        problems="",
        other_matters="",
        section2=s2,
        section3=s3,
        section4=T.section4_table(),
        fees_yuan="0.00",
    )
    return render_docx(view)


def _letters() -> dict[str, bytes]:
    from gongkai.foi import letters

    out = {}
    for key in letters.template_keys():
        kind = key.split(":")[0]
        body = letters.preview_text(key, letters.DEFAULT_TEMPLATES[key][1])
        rendered = letters.render(
            title=letters.TITLES[kind],
            reference=f"民政依申{letters.KIND_CODES[kind]}〔2026〕12号",
            body=body,
            unit_name="示范县民政局",
            issued_on=dt.date(2026, 10, 20),
        )
        out[f"letter-{key.replace(':', '-')}"] = rendered.docx
    return out


def _website_report() -> bytes:
    from gongkai.reports import website
    from gongkai.reports.models import WebsiteReport
    from gongkai.reports.website_docx import render_website_docx

    figures = {
        key: ("示范县人民政府门户网站" if kind == website.TEXT else 12)
        for key, _s, _l, kind in website.ROWS
    }
    report = WebsiteReport(
        year=2025, figures=figures, published_at=timezone.make_aware(dt.datetime(2026, 1, 20, 9))
    )
    return render_website_docx(report)


def _notice() -> bytes:
    from gongkai.core.models import Unit
    from gongkai.supervision.exports import notice_docx
    from gongkai.supervision.models import Notice, Plan, Task

    gov = Unit(name="示范县人民政府", kind="government")
    plan = Plan(unit=gov, title="示范县2026年政务公开工作要点")
    task = Task(plan=plan, number="3", requirement="及时公开社会救助政策并做好解读。")
    notice = Notice(
        task=task,
        unit=Unit(name="示范县民政局", kind="department"),
        year=2026,
        seq=4,
        body="请于月底前完成社会救助政策解读的发布。",
        issued_at=timezone.make_aware(dt.datetime(2026, 10, 20, 9)),
        answer="已于10月28日发布。",
    )
    return notice_docx(notice)


def _acknowledgement() -> bytes:
    from gongkai.core.models import Unit
    from gongkai.foi import acknowledgement_docx
    from gongkai.foi.models import Application

    app = Application(
        unit=Unit(name="示范县民政局", kind="department"),
        applicant_name="张三",
        tracking_number="YSQ20260001",
        title="2025年城乡低保资金发放情况",
        channel="in_person",
        received_on=dt.date(2026, 9, 28),
        due=dt.date(2026, 11, 9),
    )
    return acknowledgement_docx.render(app, code="ABCD-EFGH")


def _standard_coverage() -> bytes:
    """The standard-catalogue coverage (A4 landscape: a wide table officials print)."""
    from gongkai.core.models import Unit
    from gongkai.publishing.models import CatalogueNode
    from gongkai.registers.models import StandardEntry
    from gongkai.reports import standard_coverage as sc
    from gongkai.reports import time_limits as tl

    node = CatalogueNode(name="最低生活保障")
    statuses = []
    for i, (limit, verdict) in enumerate(
        [
            ("信息形成或变更之日起20个工作日内", "late"),
            ("每季度", "outdated"),
            ("及时公开", "unknown"),
        ]
        * 8
    ):
        entry = StandardEntry(
            title=f"低保对象名单第{i}项", parent_matter="最低生活保障", subject="县民政局、乡镇政府",
            time_limit=limit, mode="proactive", level="both", node=node,
        )  # fmt: skip
        statuses.append(
            sc.StandardStatus(
                entry,
                tl.parse(limit),
                "县民政局",
                verdict,
                "按规则逐条核对：超时限1条" * 2,
                count=3,
            )
        )
    report = sc.StandardReport(
        unit=Unit(name="示范县民政局"), level="county", today=dt.date(2026, 7, 15),
        statuses=statuses,
    )  # fmt: skip
    from gongkai.reports.standard_coverage_docx import render

    return render(report)


#: documents printed on A4 turned sideways
LANDSCAPE = {"standard-coverage"}


def _documents() -> dict[str, bytes]:
    docs = {"annual-report": _annual_report()}
    docs.update(_letters())
    docs["website-report"] = _website_report()
    docs["supervision-notice"] = _notice()
    docs["acknowledgement"] = _acknowledgement()
    docs["standard-coverage"] = _standard_coverage()
    return docs


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, django_db_blocker) -> dict[str, Path]:
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is missing: run `make system-deps` (libreoffice-writer-nogui)"
    folder = tmp_path_factory.mktemp("docx")
    with django_db_blocker.unblock():
        docs = _documents()
    for name, data in docs.items():
        (folder / f"{name}.docx").write_bytes(data)
    profile = tmp_path_factory.mktemp("lo-profile")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *sorted(str(p) for p in folder.glob("*.docx")),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdfs = {name: folder / f"{name}.pdf" for name in docs}
    missing = [n for n, p in pdfs.items() if not p.exists()]
    assert not missing, f"LibreOffice did not convert {missing}"
    return pdfs


def _page_sizes(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return [
        (float(w), float(h))
        for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out, re.M)
    ]


def test_every_document_prints_on_a4(rendered):
    expected = {"annual-report", "website-report", "supervision-notice", "acknowledgement"}
    expected |= LANDSCAPE
    expected |= {f"letter-reply-{o}" for _g, outcomes in OUTCOME_GROUPS for o in outcomes}
    expected |= {"letter-correction", "letter-extension", "letter-fee"}
    assert expected <= set(rendered)
    for name, pdf in rendered.items():
        sizes = _page_sizes(pdf)
        assert sizes, name
        for w, h in sizes:
            if name in LANDSCAPE:
                w, h = h, w
            assert abs(w - A4[0]) <= TOLERANCE and abs(h - A4[1]) <= TOLERANCE, (name, w, h)


def _layout_lines(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.splitlines()


def lines_taken(label: str, lines: list[str]) -> int | None:
    """On how many lines of ``pdftotext -layout`` output ``label`` is printed: 1 when one
    line holds it whole, 2 when one line ends with its start and a line just below (the
    next, or the one after when the row's numbers sit between) starts with the rest at
    about the same column; ``None`` otherwise (three lines or more, or not there)."""
    for line in lines:
        if label in line:
            return 1
    for i, line in enumerate(lines):
        for cut in range(1, len(label)):
            head, tail = label[:cut], label[cut:]
            for m in re.finditer(re.escape(head) + r"(?=\s|$)", line):
                if m.start() > 0 and not line[m.start() - 1].isspace():
                    continue  # only the start of a cell's text
                for below in lines[i + 1 : i + 3]:
                    for n in re.finditer(re.escape(tail) + r"(?=\s|$)", below):
                        starts_cell = n.start() == 0 or below[n.start() - 1].isspace()
                        if starts_cell and abs(n.start() - m.start()) <= 4:
                            return 2
    return None


def test_table_three_row_labels_take_one_or_two_lines(rendered):
    from gongkai.reports import tables as T

    lines = _layout_lines(rendered["annual-report"])
    labels = [row.label for row in T.section3_table().rows]
    taken = {label: lines_taken(label, lines) for label in labels}
    assert all(taken.values()), {k: v for k, v in taken.items() if not v}
    # the short ones on one line: 「1.属于国家秘密」 was on four in a column four characters wide
    for label in ("1.属于国家秘密", "2.重复申请", "7.属于行政执法案卷", "（七）总计"):
        assert taken[label] == 1, label
    # five-digit numbers stay whole in the narrow number columns
    assert any(re.search(r"(?<!\d)10000(?!\d)", line) for line in lines)


def test_lines_taken_reads_layouts():
    """The reader itself: one line, two lines (numbers in between), three lines."""
    assert lines_taken("1.属于国家秘密", ["   1.属于国家秘密     12  12"]) == 1
    two = ["   5.要求行政机关确认或重新", "              12   12", "   出具已获取信息"]
    assert lines_taken("5.要求行政机关确认或重新出具已获取信息", two) == 2
    four = ["  1.属", "  于国", "  家秘", "  密   12"]
    assert lines_taken("1.属于国家秘密", four) is None
    three = ["  1.属于国", "  家秘", "  密   12"]
    assert lines_taken("1.属于国家秘密", three) is None
