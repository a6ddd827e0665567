from django.urls import path

from gongkai.privacy import views

app_name = "privacy"
urlpatterns = [
    path("workspace/privacy/", views.check_page, name="check"),
    path("workspace/privacy/expressions/", views.expressions_page, name="expressions"),
    path(
        "workspace/privacy/expressions/toggle/", views.expression_toggle, name="expression_toggle"
    ),
]
