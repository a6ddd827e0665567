from django.urls import path

from gongkai.workspace import views, views_leader, views_password, views_people

app_name = "workspace"
urlpatterns = [
    path("", views.home, name="home"),
    path("units/", views_people.units, name="units"),
    path("units/<int:pk>/", views_people.unit, name="unit"),
    path("units/<int:pk>/move/", views_people.unit_move, name="unit_move"),
    path("staff/", views_people.staff, name="staff"),
    path("staff/<int:pk>/", views_people.person, name="person"),
    path("staff/<int:pk>/grants/", views_people.person_grants, name="person_grants"),
    path("staff/<int:pk>/deactivate/", views_people.person_deactivate, name="person_deactivate"),
    path("staff/<int:pk>/reactivate/", views_people.person_reactivate, name="person_reactivate"),
    path("staff/<int:pk>/password/", views_people.person_password, name="person_password"),
    path("leader/", views_leader.leader, name="leader"),
    path("password/", views_password.password, name="password"),
]
