from django.urls import path

from gongkai.registers import views, views_gazette, views_public

app_name = "registers"

W = "workspace/registers/"
urlpatterns = [
    path("xxgk/qd/", views_public.home, name="public_home"),
    path("xxgk/qd/powers/nianban/<int:pk>/", views_public.power_edition, name="public_edition"),
    path("xxgk/qd/gazette/<int:pk>/gazette.pdf", views_public.gazette_pdf, name="gazette_pdf"),
    path("xxgk/qd/draws/<int:pk>/snapshot.json", views_public.draw_snapshot, name="draw_snapshot"),
    path(
        "xxgk/qd/datasets/<int:pk>/files/<int:file_id>/",
        views_public.dataset_file,
        name="dataset_file",
    ),
    path("xxgk/qd/<slug:key>/", views_public.entry_list, name="public_list"),
    path("xxgk/qd/<slug:key>/<int:pk>/", views_public.entry_detail, name="public_detail"),
    path(W, views.home, name="ws_home"),
    path(W + "cleanup-lines/", views.cleanup_lines, name="ws_cleanup_lines"),
    path(W + "cleanup-lines/<int:pk>/", views.cleanup_answer, name="ws_cleanup_answer"),
    path(W + "results/<int:pk>/publish/", views.result_publish, name="ws_result_publish"),
    path(W + "draws/<int:pk>/perform/", views.draw_perform, name="ws_draw_perform"),
    path(W + "draws/<int:pk>/results/", views.result_record, name="ws_result_record"),
    path(W + "normative/<int:pk>/validity/", views.validity, name="ws_validity"),
    path(W + "cleanups/<int:pk>/open/", views.cleanup_open, name="ws_cleanup_open"),
    path(W + "powers/editions/", views.power_edition, name="ws_power_edition"),
    path(W + "standard/import/", views.standard_import, name="ws_standard_import"),
    path(W + "decisions/<int:pk>/link/", views.decision_link, name="ws_decision_link"),
    path(W + "decisions/<int:pk>/decide/", views.decision_decide, name="ws_decision_decide"),
    path(W + "decisions/<int:pk>/evaluate/", views.decision_evaluate, name="ws_decision_evaluate"),
    path(W + "negative/<int:pk>/review/", views.negative_review, name="ws_negative_review"),
    path(W + "gazette/<int:pk>/contents/", views_gazette.adjust, name="ws_gazette_adjust"),
    path(W + "datasets/<int:pk>/upload/", views.dataset_upload, name="ws_dataset_upload"),
    path(W + "<slug:key>/", views.entry_list, name="ws_list"),
    path(W + "<slug:key>/new/", views.entry_new, name="ws_new"),
    path(W + "<slug:key>/<int:pk>/", views.entry_detail, name="ws_entry"),
    path(W + "<slug:key>/<int:pk>/edit/", views.entry_edit, name="ws_edit"),
    path(W + "<slug:key>/<int:pk>/do/<slug:action>/", views.entry_action, name="ws_action"),
]
