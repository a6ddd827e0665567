from django.urls import path

from gongkai.reports import views, views_coverage, views_stats, views_website

app_name = "reports"
urlpatterns = [
    path("xxgk/ndbg/", views.report_list, name="list"),
    path("xxgk/ndbg/<int:pk>/", views.report_detail, name="detail"),
    path("xxgk/ndbg/<int:pk>/download/<str:fmt>/", views.report_download, name="download"),
    path("tongji/", views_stats.public_stats, name="stats"),
    path("workspace/reports/", views.workspace_reports, name="workspace"),
    path("workspace/reports/<int:pk>/", views.workspace_report, name="workspace_report"),
    path(
        "workspace/reports/<int:pk>/publish/",
        views.workspace_report_publish,
        name="workspace_report_publish",
    ),
    path("workspace/reports/figures/", views.workspace_figures, name="workspace_figures"),
    path("workspace/reports/stats/", views_stats.staff_stats, name="workspace_stats"),
    path("workspace/reports/coverage/", views_stats.coverage, name="workspace_coverage"),
    path(
        "workspace/reports/coverage/standard.docx",
        views_coverage.coverage_docx,
        name="workspace_coverage_docx",
    ),
    path("workspace/reports/assessment/", views_stats.assessment, name="workspace_assessment"),
    path(
        "workspace/reports/assessment/<int:pk>/",
        views_stats.assessment_round,
        name="workspace_assessment_round",
    ),
    path("tongji/kaohe/<int:pk>/", views_stats.public_ranking, name="ranking"),
    path("tongji/wzndbb/", views_website.website_list, name="website_list"),
    path("tongji/wzndbb/<int:pk>/", views_website.website_detail, name="website_detail"),
    path("tongji/wzndbb/<int:pk>/docx/", views_website.website_download, name="website_download"),
    path("workspace/reports/website/", views_website.website_workspace, name="website_workspace"),
    path("workspace/reports/website/<int:pk>/", views_website.website_edit, name="website_edit"),
    path(
        "workspace/reports/website/<int:pk>/publish/",
        views_website.website_publish,
        name="website_publish",
    ),
]
