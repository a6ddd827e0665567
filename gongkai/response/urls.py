from django.urls import path

from gongkai.response import views

app_name = "response"

W = "workspace/response/"
urlpatterns = [
    # public
    path("xwfb/", views.press_events, name="press_events"),
    path("xwfb/<int:pk>/", views.press_event, name="press_event"),
    path("zcwd/", views.qa_list, name="qa_list"),
    path("zcwd/<int:pk>/", views.qa, name="qa"),
    path("zcwd/tishi/", views.qa_suggest, name="qa_suggest"),
    path("zwxmt/", views.new_media, name="new_media"),
    # staff
    path(W, views.ws_index, name="ws_index"),
    path(f"{W}incidents/", views.ws_incidents, name="ws_incidents"),
    path(f"{W}incidents/<int:pk>/", views.ws_incident, name="ws_incident"),
    path(
        f"{W}incidents/from-message/<int:message_pk>/",
        views.incident_from_message,
        name="incident_from_message",
    ),
    path(
        f"{W}incidents/from-comment/<int:comment_pk>/",
        views.incident_from_comment,
        name="incident_from_comment",
    ),
    path(f"{W}press/", views.ws_press, name="ws_press"),
    path(f"{W}new-media/", views.ws_accounts, name="ws_accounts"),
    path(f"{W}qa/", views.ws_qa, name="ws_qa"),
    path(f"{W}qa/from-message/<int:message_pk>/", views.qa_from_message, name="qa_from_message"),
    path(f"{W}orders/", views.ws_orders, name="ws_orders"),
    path(f"{W}orders/<int:pk>/", views.ws_order, name="ws_order"),
]
