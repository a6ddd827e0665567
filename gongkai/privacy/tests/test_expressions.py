"""The wording check before publication (错敏词): lists, findings, review hold (issue 16)."""

import datetime as dt
import re

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from gongkai.core.models import AuditEvent
from gongkai.privacy import check_expressions, scan_text
from gongkai.privacy.expressions import lists
from gongkai.privacy.expressions.matcher import Entry, Matcher
from gongkai.privacy.services import expression_save, expression_set_enabled


@pytest.fixture(autouse=True)
def fresh_lists():
    lists.clear_cache()
    yield
    lists.clear_cache()


def hits(text):
    return [(f.type, text[f.start : f.end], f.masked) for f in check_expressions(text)]


# --- the checks, on the shipped default lists (no database) --------------------------------


def test_wrong_title_before_and_after_a_leaders_name():
    text = "国务院总理习近平出席。习近平总理指出，"
    assert hits(text) == [
        ("leader_title", "国务院总理习近平", "中共中央总书记、国家主席、中央军委主席习近平"),
        ("leader_title", "习近平总理", "习近平总书记"),
    ]
    f = check_expressions(text)[0]
    assert (f.start, f.end) == (0, 8)
    assert f.category == "expression" and f.blocking and f.label == "领导人职务错误"
    assert "依据：" in f.note and "2023" in f.note  # the list's source and date


@pytest.mark.parametrize(
    "text",
    [
        "中共中央总书记、国家主席、中央军委主席习近平在会上强调",
        "习近平总书记指出",
        "国务院总理李强主持会议",
        "村党支部书记李强主持村民大会，李强调查了情况。",  # a local official of the same name
        "全国政协主席王沪宁出席",
    ],
)
def test_correct_titles_and_namesakes_are_left_alone(text):
    assert hits(text) == []


def test_leaders_out_of_order_get_the_ordered_enumeration():
    text = "李强、习近平、赵乐际等出席。"
    assert hits(text) == [("leader_order", "李强、习近平、赵乐际", "习近平、李强、赵乐际")]
    assert hits("习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希出席") == []
    # names far apart in prose are not an enumeration
    assert hits("李强指出，要深入学习习近平新时代中国特色社会主义思想。") == []


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("坚持中国特色社会主意道路", "中国特色社会主意", "中国特色社会主义"),
        ("深入学习习近平新时代中国特色社会主义思相", "习近平新时代中国特色社会主义思相", None),
        ("开展两学一作学习教育", "两学一作", "两学一做"),
        ("培育和践行社会主义核心价直观", "社会主义核心价直观", "社会主义核心价值观"),
    ],
)
def test_fixed_formulation_with_one_wrong_character(text, wrong, right):
    right = right or "习近平新时代中国特色社会主义思想"
    assert hits(text) == [("formulation", wrong, right)]


@pytest.mark.parametrize(
    "text",
    [
        "贯彻创新、协调、绿色、开放、共享发展理念",  # 共享发展理念 is not 新发展理念 misspelled
        "中国特色社会主义进入新时代",
        "推动农业部门和林业部门协作",  # not the former 农业部
        "一带一路",
    ],
)
def test_formulation_near_misses(text):
    assert hits(text) == []


def test_outdated_and_sensitive_words_with_corrections():
    text = "经国土资源部批准；台湾总统；按《中华人民共和国物权法》"
    assert hits(text) == [
        ("outdated", "国土资源部", "自然资源部"),
        ("sensitive", "台湾总统", "台湾地区领导人"),
        ("outdated", "中华人民共和国物权法", "中华人民共和国民法典"),
    ]


def test_scan_text_includes_wording_findings_unless_told_not_to():
    text = "申请人：张三。国土资源部"
    assert [f.type for f in scan_text(text, allow=[])] == ["name", "outdated"]
    assert [f.type for f in scan_text(text, allow=[], expressions=False)] == ["name"]
    assert [f.type for f in scan_text(text, allow=[], types=["outdated"])] == ["outdated"]
    assert [f.type for f in scan_text(text, allow=[], types=["name"])] == ["name"]


def test_allowed_variant_of_a_formulation():
    m = Matcher.build([Entry("formulation", "以人民为中心", allowed=("以患者为中心",))])
    assert [f.text for f in m.check("坚持以人民为申心，坚持以患者为中心")] == ["以人民为申心"]


def test_default_lists_carry_source_and_date():
    for e in lists.default_entries():
        assert e.source and dt.date.fromisoformat(e.date), e


# --- the office edits the lists --------------------------------------------------------


@pytest.mark.django_db
def test_office_adds_an_entry_and_switches_a_default_off(office, reviewer_a):
    assert hits("请到某某局办理") == []
    expression_save(
        actor=office,
        kind="outdated",
        term="某某局",
        correction="某某中心",
        source="本县机构改革方案",
        source_date=dt.date(2024, 1, 1),
    )
    assert hits("请到某某局办理") == [("outdated", "某某局", "某某中心")]
    expression_set_enabled(actor=office, kind="sensitive", term="北朝鲜", enabled=False)
    assert hits("北朝鲜") == []
    expression_set_enabled(actor=office, kind="sensitive", term="北朝鲜", enabled=True)
    assert hits("北朝鲜") == [("sensitive", "北朝鲜", "朝鲜")]
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"privacy.expression_save", "privacy.expression_disable"} <= actions
    with pytest.raises(PermissionDenied):
        expression_save(
            actor=reviewer_a,
            kind="sensitive",
            term="某词",
            source="某来源",
            source_date=dt.date(2024, 1, 1),
        )


@pytest.mark.django_db
def test_a_leader_change_is_data(office):
    expression_save(
        actor=office,
        kind="leader",
        term="李强",
        titles="国务院总理、总理、中共中央政治局常委、国家主席",
        rank=2,
        source="假设的任命决定",
        source_date=dt.date(2026, 3, 1),
    )
    assert hits("国家主席李强") == []


@pytest.mark.django_db
def test_lists_page_for_office_and_reviewer(client, office, reviewer_a):
    url = reverse("privacy:expressions")
    client.force_login(reviewer_a)
    page = client.get(url).content.decode()
    assert "台湾地区领导人" in page and "新华社" in page and "2016-07-01" in page
    assert 'name="source"' not in page  # a reviewer reads, the office edits
    assert client.post(url, {"kind": "sensitive"}).status_code == 302
    client.logout()
    client.force_login(office)
    r = client.post(
        url,
        {
            "kind": "sensitive",
            "term": "某敏感词",
            "correction": "某规范词",
            "source": "公开办通知",
            "source_date": "2024-06-01",
        },
    )
    assert r.status_code == 302
    page = client.get(url + "?kind=sensitive").content.decode()
    assert "某敏感词" in page and "本单位" in page
    r = client.post(url, {"kind": "leader", "term": "某人", "source": "", "source_date": ""})
    assert r.status_code == 400 and "这个字段是必填项" in r.content.decode()
    visible = re.sub(r"<[^>]+>", " ", client.get(url).content.decode())
    for code in ("leader", "title", "sensitive", "outdated", "formulation"):
        assert code not in visible
