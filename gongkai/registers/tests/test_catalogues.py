"""重大行政决策目录, 负面清单, 政府公报 and 开放数据."""

import datetime as dt
import io
import json

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from gongkai.registers.services import (
    dataset_file_add,
    decision_decide,
    decision_evaluate,
    decision_link_consultation,
    entry_create,
    entry_transition,
    negative_review,
)
from gongkai.registers.tests.factories import normative
from gongkai.testing import local_moment

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(local_moment(2026, 6, 8), tick=False):
        yield


def publish(actor, entry):
    return entry_transition(
        actor=actor,
        entry=entry_transition(actor=actor, entry=entry, action="submit"),
        action="publish",
    )


def public_consultation(office, unit, title="关于示范县城区停车收费调整方案（征求意见稿）"):
    from gongkai.participation.services import consultation_create

    now = timezone.now()
    return consultation_create(
        actor=office, unit=unit, title=title, draft_text="方案全文", explanation="起草说明",
        how_to_comment="来信", starts_at=now - dt.timedelta(days=40),
        ends_at=now - dt.timedelta(days=5), publish=True,
    )  # fmt: skip


def test_a_decision_without_its_consultation_cannot_be_decided(client, office, gov):
    d = entry_create(
        actor=office, key="decisions",
        data={"unit": gov, "title": "城区停车收费调整", "year": 2026, "description": "调整收费标准",
              "legality_review_on": dt.date(2026, 5, 20), "collective_discussion_on": dt.date(2026, 6, 1)},
    )  # fmt: skip
    d = publish(office, d)
    with pytest.raises(ValidationError, match="预公开意见征集"):
        decision_decide(actor=office, decision=d, decided_on=dt.date(2026, 6, 2))
    with pytest.raises(ValidationError, match="未找到该意见征集"):
        decision_link_consultation(actor=office, decision=d, consultation_id=999999)
    c = public_consultation(office, gov)
    d = decision_link_consultation(actor=office, decision=d, consultation_id=c.pk)
    assert d.consultation_title == c.title
    with pytest.raises(ValidationError, match="早于集体讨论"):
        decision_decide(actor=office, decision=d, decided_on=dt.date(2026, 5, 1))
    d = decision_decide(
        actor=office, decision=d, decided_on=dt.date(2026, 6, 2), doc_number="示政发〔2026〕3号"
    )
    assert d.stage == "decided"
    with pytest.raises(ValidationError, match="不能撤回"):
        entry_transition(actor=office, entry=d, action="withdraw")
    d = decision_evaluate(
        actor=office, decision=d, evaluated_on=dt.date(2026, 6, 5), text="运行平稳"
    )
    page = client.get(reverse("registers:public_detail", args=["decisions", d.pk])).content.decode()
    assert c.title in page and "已评估" in page and "运行平稳" in page


def test_negative_list_yearly_review(client, office, editor_a, dept_a):
    from gongkai.registers.plugs import todo_items

    it = publish(office, entry_create(
        actor=office, key="negative",
        data={"unit": dept_a, "title": "低保对象家庭财产明细", "category": "个人隐私",
              "basis": "《政府信息公开条例》第十五条"},
    ))  # fmt: skip
    other = publish(office, entry_create(
        actor=office, key="negative",
        data={"unit": dept_a, "title": "内部讨论记录", "category": "过程性信息",
              "basis": "《政府信息公开条例》第十六条"},
    ))  # fmt: skip
    todos = [t for t in todo_items(office) if t.kind == "负面清单"]
    assert len(todos) == 2 and todos[0].due == dt.date(2026, 12, 31)
    assert not [t for t in todo_items(editor_a) if t.kind == "负面清单"]
    negative_review(actor=office, item=it, result="keep", note="仍涉及个人隐私")
    with pytest.raises(ValidationError, match="已复核"):
        negative_review(actor=office, item=it, result="keep", note="再次")
    other = negative_review(
        actor=office, item=other, result="disclose", note="过程已结束，转为公开"
    )
    assert other.status == "withdrawn"
    assert not [t for t in todo_items(office) if t.kind == "负面清单"]
    page = client.get(reverse("registers:public_detail", args=["negative", it.pk])).content.decode()
    assert "2026年：继续不予公开" in page
    assert (
        client.get(reverse("registers:public_detail", args=["negative", other.pk])).status_code
        == 404
    )


def test_gazette_issue_compiles_documents_and_renders_pdf_with_contents(
    client, office, gov, dept_a
):
    for title, day in (
        ("公报收录的文件", dt.date(2026, 4, 2)),
        ("期外的文件", dt.date(2026, 2, 1)),
    ):
        publish(office, normative(office, dept_a, title, day))
    first = entry_create(
        actor=office, key="gazette",
        data={"unit": gov, "title": "2026年第1期", "year": 2026, "period_from": dt.date(2026, 1, 1),
              "period_to": dt.date(2026, 3, 31)},
    )  # fmt: skip
    second = entry_create(
        actor=office, key="gazette",
        data={"unit": gov, "title": "2026年第2期", "year": 2026, "period_from": dt.date(2026, 4, 1),
              "period_to": dt.date(2026, 6, 30), "others": "关于表彰先进集体的通报｜示政通〔2026〕2号｜测试县人民政府"},
    )  # fmt: skip
    assert (first.number, second.number) == (1, 2)
    second = publish(office, second)
    assert [r["title"] for r in second.contents] == ["公报收录的文件", "关于表彰先进集体的通报"]
    page = client.get(
        reverse("registers:public_detail", args=["gazette", second.pk])
    ).content.decode()
    assert "公报收录的文件" in page and "期外的文件" not in page
    pdf = client.get(reverse("registers:gazette_pdf", args=[second.pk]))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    from gongkai.core.textextract import extract_text

    text = extract_text(pdf.content, "g.pdf")
    assert "目录" in text and "公报收录的文件" in text and "示政通" in text
    assert text.index("目录") < text.index("关于表彰先进集体的通报")
    assert client.get(reverse("registers:gazette_pdf", args=[first.pk])).status_code == 404


def test_open_data_files_preview_api_and_overdue_update(client, office, editor_b, dept_a):
    from openpyxl import Workbook

    from gongkai.registers.plugs import todo_items

    ds = entry_create(
        actor=office, key="datasets",
        data={"unit": dept_a, "title": "养老机构名录", "topic": "社会保障", "description": "全县养老机构",
              "frequency": "monthly", "fields_desc": "名称｜机构名称\n床位｜床位数", "licence": "无条件开放"},
    )  # fmt: skip
    with pytest.raises(ValidationError, match="数据文件"):
        publish(office, ds)
    ds = entry_transition(actor=office, entry=ds, action="return")
    f = dataset_file_add(
        actor=office,
        dataset=ds,
        name="名录.csv",
        data="名称,床位\n敬老院,50\n颐养中心,120\n".encode(),
    )
    assert f.preview == {
        "header": ["名称", "床位"],
        "rows": [["敬老院", "50"], ["颐养中心", "120"]],
        "total": 2,
    }
    wb = Workbook()
    wb.active.append(["名称", "床位"])
    wb.active.append(["康宁护理院", 80])
    buf = io.BytesIO()
    wb.save(buf)
    x = dataset_file_add(actor=office, dataset=ds, name="名录.xlsx", data=buf.getvalue())
    assert x.preview["rows"] == [["康宁护理院", "80"]]
    j = dataset_file_add(
        actor=office, dataset=ds, name="名录.json",
        data=json.dumps([{"名称": "夕阳红", "床位": 30}], ensure_ascii=False).encode(),
    )  # fmt: skip
    assert j.preview["header"] == ["名称", "床位"]
    with pytest.raises(ValidationError, match="只支持"):
        dataset_file_add(actor=office, dataset=ds, name="名录.exe", data=b"x")
    with pytest.raises(ValidationError, match="对象数组"):
        dataset_file_add(actor=office, dataset=ds, name="坏.json", data=b"[1, 2]")
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        dataset_file_add(actor=editor_b, dataset=ds, name="a.csv", data=b"a\n1\n")
    assert client.get(reverse("registers:dataset_file", args=[ds.pk, f.pk])).status_code == 404
    ds = publish(office, ds)
    body = client.get(f"/api/v1/datasets/{ds.pk}").json()
    assert len(body["files"]) == 3 and body["frequency"] == "每月"
    csv_file = next(x for x in body["files"] if x["format"] == "csv")
    download = client.get(csv_file["url"])
    assert b"".join(download.streaming_content).decode() == "名称,床位\n敬老院,50\n颐养中心,120\n"
    assert client.get("/api/v1/datasets").json()["count"] == 1
    page = client.get(reverse("registers:public_detail", args=["datasets", ds.pk])).content.decode()
    assert "颐养中心" in page and "前2行预览" in page
    assert not [t for t in todo_items(office) if t.kind == "开放数据"]
    with time_machine.travel(local_moment(2026, 7, 20), tick=False):
        todos = [t for t in todo_items(office) if t.kind == "开放数据"]
        assert len(todos) == 1 and todos[0].due == dt.date(2026, 7, 9)
        client.force_login(editor_b)
        assert (
            client.get(reverse("registers:ws_entry", args=["datasets", ds.pk])).status_code == 404
        )
