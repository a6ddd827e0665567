from django.urls import path

from gongkai.foi import views

app_name = "foi"
urlpatterns = [
    path("ysqgk/", views.apply, name="apply"),
    path("ysqgk/done/", views.done, name="done"),
    path("ysqgk/track/", views.track, name="track"),
    path("ysqgk/letters/<int:pk>/<str:fmt>/", views.public_letter, name="public_letter"),
    path("ysqgk/download/<str:token>/", views.download, name="download"),
    path("workspace/foi/", views.staff_list, name="staff_list"),
    path("workspace/foi/register/", views.staff_register, name="staff_register"),
    path("workspace/foi/overview/", views.overview, name="overview"),
    path("workspace/foi/repeats/", views.repeats, name="repeats"),
    path("workspace/foi/templates/", views.templates_list, name="templates"),
    path("workspace/foi/templates/<str:key>/", views.template_edit, name="template_edit"),
    path("workspace/foi/<int:pk>/", views.staff_detail, name="staff_detail"),
    path("workspace/foi/<int:pk>/action/<str:action>/", views.staff_action, name="staff_action"),
    path("workspace/foi/letters/<int:pk>/<str:fmt>/", views.staff_letter, name="staff_letter"),
    path("workspace/foi/files/<int:pk>/", views.staff_file, name="staff_file"),
    path("workspace/foi/<int:pk>/acknowledgement/", views.acknowledgement, name="acknowledgement"),
    path("workspace/foi/<int:pk>/receipt/", views.delivery_receipt, name="delivery_receipt"),
    path("workspace/foi/id-scan/<int:pk>/", views.staff_id_scan, name="staff_id_scan"),
]
