from django.urls import path

from gongkai.core import views, views_sites

app_name = "core"
urlpatterns = [
    path("tools/deadline/", views.deadline_calculator, name="deadline_calculator"),
    path("workspace/calendar/", views.calendar_page, name="calendar"),
    path("workspace/audit/", views.audit_page, name="audit"),
    path("workspace/sites/", views_sites.sites_page, name="sites"),
]
