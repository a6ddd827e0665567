from django.urls import path

from gongkai.staticsite import views

app_name = "staticsite"
urlpatterns = [
    path("workspace/staticsite/", views.index, name="index"),
    path("workspace/staticsite/<int:pk>/resolve/", views.resolve, name="resolve"),
]
