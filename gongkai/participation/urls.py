from django.urls import path

from gongkai.participation import views

app_name = "participation"
urlpatterns = [
    path("hudong/", views.index, name="index"),
    path("hudong/zhengji/", views.consultation_list, name="consultations"),
    path("hudong/zhengji/<int:pk>/", views.consultation_detail, name="consultation"),
    path("hudong/xinxiang/", views.mailbox, name="mailbox"),
    path("hudong/xinxiang/write/", views.message_write, name="message_write"),
    path("hudong/xinxiang/track/", views.message_track, name="message_track"),
    path("hudong/xinxiang/track/<int:pk>/rate/", views.message_rate, name="message_rate"),
    path("hudong/xinxiang/track/<int:pk>/reopen/", views.message_reopen, name="message_reopen"),
    path("hudong/xinxiang/<int:pk>/", views.message_public, name="message"),
    path("hudong/diaocha/", views.survey_list, name="surveys"),
    path("hudong/diaocha/<int:pk>/", views.survey_detail, name="survey"),
    path("hudong/diaocha/<int:pk>/results/", views.survey_results, name="survey_results"),
    path("hudong/huiyi/", views.meeting_list, name="meetings"),
    path("hudong/huiyi/<int:pk>/", views.meeting_detail, name="meeting"),
    path("hudong/fuwen/", views.reply_list, name="replies"),
    path("hudong/fuwen/<int:pk>/", views.reply_detail, name="reply"),
    path("workspace/participation/", views.ws_index, name="ws_index"),
    path("workspace/participation/consultations/", views.ws_consultations, name="ws_consultations"),
    path(
        "workspace/participation/consultations/new/",
        views.ws_consultation_new,
        name="ws_consultation_new",
    ),
    path(
        "workspace/participation/consultations/<int:pk>/",
        views.ws_consultation,
        name="ws_consultation",
    ),
    path("workspace/participation/messages/", views.ws_messages, name="ws_messages"),
    path("workspace/participation/messages/<int:pk>/", views.ws_message, name="ws_message"),
    path("workspace/participation/surveys/", views.ws_surveys, name="ws_surveys"),
    path("workspace/participation/surveys/<int:pk>/", views.ws_survey, name="ws_survey"),
    path(
        "workspace/participation/surveys/<int:pk>/export.<str:fmt>",
        views.ws_survey_export,
        name="ws_survey_export",
    ),
    path("workspace/participation/meetings/", views.ws_meetings, name="ws_meetings"),
    path("workspace/participation/replies/", views.ws_replies, name="ws_replies"),
]
