from django.urls import path

from gongkai.portal import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("wzdt/", views.site_map, name="site_map"),
    path("sitemap.xml", views.sitemap_xml, name="sitemap"),
]
