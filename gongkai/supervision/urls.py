from django.urls import path

from gongkai.supervision import views, views_public, views_suggestions

app_name = "supervision"

W = "workspace/supervision/"
urlpatterns = [
    path("xxgk/zwgkgz/gzrw/", views_public.public_list, name="public_list"),
    path("xxgk/zwgkgz/gzrw/<int:pk>/", views_public.public_plan, name="public_plan"),
    path(
        "xxgk/zwgkgz/gzrw/<int:pk>/jz/<int:pub>/",
        views_public.public_progress,
        name="public_progress",
    ),
    path("xxgk/zwgkgz/jyta/", views_public.public_suggestions, name="public_suggestions"),
    path("xxgk/zwgkgz/jyta/<int:pk>/", views_public.public_suggestion, name="public_suggestion"),
    path(W, views.home, name="home"),
    path(W + "mine/", views.mine, name="mine"),
    path(W + "overview/", views.overview, name="overview"),
    path(W + "plans/<int:pk>/", views.plan, name="plan"),
    path(W + "plans/<int:pk>/export.<str:fmt>", views.plan_export, name="plan_export"),
    path(W + "plans/<int:pk>/<slug:action>/", views.plan_action, name="plan_action"),
    path(W + "tasks/<int:pk>/", views.task, name="task"),
    path(W + "tasks/<int:pk>/edit/", views.task_edit, name="task_edit"),
    path(W + "tasks/<int:pk>/report/", views.task_report, name="task_report"),
    path(W + "tasks/<int:pk>/notice/", views.task_notice, name="task_notice"),
    path(W + "notices/<int:pk>/answer/", views.notice_answer, name="notice_answer"),
    path(W + "notices/<int:pk>/file.<str:fmt>", views.notice_file, name="notice_file"),
    path(W + "evidence/<int:pk>/", views.evidence_file, name="evidence_file"),
    path(W + "suggestions/", views_suggestions.suggestion_list, name="suggestions"),
    path(W + "suggestions/<int:pk>/", views_suggestions.suggestion, name="suggestion"),
    path(
        W + "suggestions/<int:pk>/<slug:action>/",
        views_suggestions.suggestion_action,
        name="suggestion_action",
    ),
]
