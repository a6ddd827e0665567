from django.urls import path

from gongkai.publishing import views, views_section, views_word
from gongkai.publishing.feeds import ItemsAtom, ItemsRss

app_name = "publishing"
urlpatterns = [
    path("xxgk/", views.xxgk, name="xxgk"),
    path("xxgk/zn/", views_section.guide, name="guide"),
    path("xxgk/zn/<int:unit_id>/sqb.<str:fmt>", views_section.guide_form, name="guide_form"),
    path("xxgk/jgxx/", views_section.institution, name="institution"),
    path("workspace/publishing/profile/", views_section.ws_profile, name="ws_profile"),
    path("xxgk/zd/", views.system, name="system"),
    path("xxgk/fdzdgknr/", views.catalogue, name="catalogue"),
    path("xxgk/fdzdgknr/<slug:slug>/", views.catalogue, name="catalogue_node"),
    path("xxgk/rss/", ItemsRss(), name="feed_rss"),
    path("xxgk/atom/", ItemsAtom(), name="feed_atom"),
    path("xxgk/fdzdgknr/<slug:slug>/rss/", ItemsRss(), name="node_rss"),
    path("xxgk/fdzdgknr/<slug:slug>/atom/", ItemsAtom(), name="node_atom"),
    path("documents/<int:pk>/", views.document, name="document"),
    path("documents/<int:pk>/print/", views.document_print, name="document_print"),
    path(
        "documents/<int:pk>/attachments/<int:att_id>/",
        views.attachment_download,
        name="attachment",
    ),
    path("workspace/publishing/", views.ws_list, name="ws_list"),
    path("workspace/publishing/new/", views.ws_create, name="ws_create"),
    path("workspace/publishing/new/word/", views_word.ws_word_import, name="ws_word_import"),
    path(
        "workspace/publishing/<int:pk>/attachments/<int:att_id>/body/",
        views_word.ws_attachment_body,
        name="ws_attachment_body",
    ),
    path("workspace/publishing/ledger/", views.ws_ledger, name="ws_ledger"),
    path("workspace/publishing/<int:pk>/", views.ws_item, name="ws_item"),
    path("workspace/publishing/<int:pk>/edit/", views.ws_edit, name="ws_edit"),
    path("workspace/publishing/<int:pk>/attachments/", views.ws_attachment, name="ws_attachment"),
    path(
        "workspace/publishing/<int:pk>/findings/<int:finding_id>/",
        views.ws_finding,
        name="ws_finding",
    ),
    path("workspace/publishing/<int:pk>/<slug:action>/", views.ws_action, name="ws_action"),
]
