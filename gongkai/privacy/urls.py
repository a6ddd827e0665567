from django.urls import path

from gongkai.privacy import views

app_name = "privacy"
urlpatterns = [
    path("workspace/privacy/", views.check_page, name="check"),
]
