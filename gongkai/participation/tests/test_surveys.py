"""Surveys: tallies, soft one-answer-per-person, SVG charts, CSV/XLSX for staff."""

from __future__ import annotations

import io

import pytest
from django.core.exceptions import ValidationError
from openpyxl import load_workbook

from gongkai.participation import services as svc
from gongkai.participation.models import SurveyResponse
from gongkai.participation.selectors import bar_chart_svg, survey_tallies

pytestmark = pytest.mark.django_db


def _qs(survey):
    return list(survey.questions.all())


def test_tallies_count_each_kind(survey_a):
    single, multiple, scale, text = _qs(survey_a)
    svc.survey_respond(
        survey=survey_a,
        answers={single.pk: 0, multiple.pk: [0, 2], scale.pk: 5, text.pk: "很好"},
    )
    svc.survey_respond(survey=survey_a, answers={single.pk: 1, multiple.pk: [2], scale.pk: 3})
    svc.survey_respond(survey=survey_a, answers={single.pk: "1", multiple.pk: ["0"], scale.pk: 4})
    t = {x.question.pk: x for x in survey_tallies(survey_a, with_texts=True)}
    assert t[single.pk].bars == [("网上", 1), ("窗口", 2), ("自助", 0)]
    assert t[multiple.pk].bars == [("时间", 2), ("材料", 0), ("态度", 2)]
    assert t[scale.pk].bars == [("1 分", 0), ("2 分", 0), ("3 分", 1), ("4 分", 1), ("5 分", 1)]
    assert t[scale.pk].average == 4.0
    assert t[text.pk].texts == ["很好"] and t[text.pk].answered == 1


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"single": 9}, "回答无效：办事渠道"),
        ({"single": "x"}, "回答无效：办事渠道"),
        ({"scale": 6}, "回答无效：满意度"),
        ({"multiple": [0, 7]}, "回答无效：改进方面"),
        ({}, "请回答：办事渠道"),
    ],
)
def test_invalid_answers_refused_with_clear_message(survey_a, bad, message):
    single, multiple, scale, _ = _qs(survey_a)
    ids = {"single": single.pk, "multiple": multiple.pk, "scale": scale.pk}
    answers = {single.pk: 0, multiple.pk: [0], scale.pk: 3} if bad else {}
    answers.update({ids[k]: v for k, v in bad.items()})
    with pytest.raises(ValidationError) as exc:
        svc.survey_respond(survey=survey_a, answers=answers)
    assert message in str(exc.value)
    assert not SurveyResponse.objects.exists()


def test_cookie_blocks_second_answer_from_same_browser(survey_a, client):
    single, multiple, scale, _ = _qs(survey_a)
    data = {f"q{single.pk}": "0", f"q{multiple.pk}": ["0", "1"], f"q{scale.pk}": "4"}
    r = client.post(f"/hudong/diaocha/{survey_a.pk}/", data)
    assert r.status_code == 302 and r.url.endswith("/results/")
    r = client.post(f"/hudong/diaocha/{survey_a.pk}/", data)
    assert r.status_code == 400 and "已参加过" in r.content.decode()
    assert SurveyResponse.objects.count() == 1


def test_throttle_limits_one_address(survey_a):
    single, multiple, scale, _ = _qs(survey_a)
    answers = {single.pk: 0, multiple.pk: [0], scale.pk: 3}
    for _ in range(svc.SURVEY_LIMIT[0]):
        svc.survey_respond(survey=survey_a, answers=answers, client="ip1")
    with pytest.raises(ValidationError, match="提交过于频繁"):
        svc.survey_respond(survey=survey_a, answers=answers, client="ip1")


def test_api_response_sets_cookie_and_refuses_repeat(survey_a, client):
    single, multiple, scale, _ = _qs(survey_a)
    body = {"answers": {str(single.pk): 2, str(multiple.pk): [1], str(scale.pk): 5}}
    r = client.post(
        f"/api/v1/surveys/{survey_a.pk}/responses", body, content_type="application/json"
    )
    assert r.status_code == 201, r.content
    assert r.cookies[f"hd_survey_{survey_a.pk}"].value == "1"
    r = client.post(
        f"/api/v1/surveys/{survey_a.pk}/responses", body, content_type="application/json"
    )
    assert r.status_code == 409 and "已参加过" in r.json()["message"]
    bad = client.post(
        f"/api/v1/surveys/{survey_a.pk}/responses",
        {"answers": {str(single.pk): 99}},
        content_type="application/json",
        HTTP_COOKIE="",
    )
    assert bad.status_code in (400, 409)


def test_results_page_renders_svg_bars(survey_a, client):
    single, multiple, scale, _ = _qs(survey_a)
    svc.survey_respond(survey=survey_a, answers={single.pk: 1, multiple.pk: [0], scale.pk: 3})
    html = client.get(f"/hudong/diaocha/{survey_a.pk}/results/").content.decode()
    assert html.count("<svg") == 3 and "窗口：1" in html


def test_svg_escapes_labels():
    svg = bar_chart_svg([("<script>alert(1)</script>", 2), ("否", 0)], title="t&t")
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "t&amp;t" in svg
    assert 'width="0"' in svg  # zero count draws an empty bar


def test_staff_export_csv_and_xlsx(survey_a, editor_a, editor_b, client):
    single, multiple, scale, text = _qs(survey_a)
    svc.survey_respond(
        survey=survey_a,
        answers={single.pk: 1, multiple.pk: [0, 2], scale.pk: 4, text.pk: "=HYPERLINK(1)"},
    )
    client.force_login(editor_a)
    r = client.get(f"/workspace/participation/surveys/{survey_a.pk}/export.csv")
    text_csv = r.content.decode("utf-8-sig")
    assert "办事渠道" in text_csv and "窗口" in text_csv and "时间；态度" in text_csv
    assert "'=HYPERLINK(1)" in text_csv  # no formula injection
    r = client.get(f"/workspace/participation/surveys/{survey_a.pk}/export.xlsx")
    ws = load_workbook(io.BytesIO(r.content)).active
    rows = list(ws.values)
    assert rows[0][2] == "办事渠道" and rows[1][2] == "窗口" and rows[1][4] == 4
    assert (
        client.get(f"/workspace/participation/surveys/{survey_a.pk}/export.pdf").status_code == 404
    )
    client.force_login(editor_b)
    assert (
        client.get(f"/workspace/participation/surveys/{survey_a.pk}/export.csv").status_code == 404
    )
    client.logout()
    assert (
        client.get(f"/workspace/participation/surveys/{survey_a.pk}/export.csv").status_code == 302
    )
