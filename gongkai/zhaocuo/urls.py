from django.urls import path

from gongkai.zhaocuo import views

app_name = "zhaocuo"
urlpatterns = [
    path("zhaocuo/", views.report, name="report"),
    path("zhaocuo/done/<str:number>/", views.done, name="done"),
    path("workspace/zhaocuo/", views.ws_list, name="ws_list"),
    path("workspace/zhaocuo/<int:pk>/", views.ws_report, name="ws_report"),
]
