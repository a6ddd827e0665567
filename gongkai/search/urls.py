from django.urls import path

from gongkai.search import views, views_synonyms

app_name = "search"
urlpatterns = [
    path("search/", views.search_page, name="search"),
    path("workspace/search/synonyms/", views_synonyms.ws_synonyms, name="ws_synonyms"),
]
