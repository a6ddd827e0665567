from django.urls import path

from gongkai.monitoring import views

app_name = "monitoring"
urlpatterns = [
    path("workspace/monitoring/", views.index, name="index"),
    path("workspace/monitoring/sites/<int:pk>/", views.site_detail, name="site"),
    path("workspace/monitoring/sites/<int:pk>/run/", views.site_run, name="site_run"),
    path("workspace/monitoring/sites/<int:pk>/active/", views.site_active, name="site_active"),
    path(
        "workspace/monitoring/sites/<int:pk>/columns/<int:column_pk>/delete/",
        views.column_delete,
        name="column_delete",
    ),
    path(
        "workspace/monitoring/sites/<int:pk>/settings/", views.site_settings, name="site_settings"
    ),
    path(
        "workspace/monitoring/sites/<int:pk>/columns/<int:column_pk>/",
        views.column_edit,
        name="column_edit",
    ),
    path("workspace/monitoring/runs/<int:pk>/", views.run_detail, name="run"),
    path("workspace/monitoring/runs/<int:pk>/xlsx/", views.run_export, name="run_xlsx"),
]
