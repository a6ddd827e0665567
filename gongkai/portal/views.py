from django.contrib.sitemaps import views as sitemap_views
from django.shortcuts import render

from gongkai.portal.registry import home_blocks
from gongkai.portal.sitemaps import sections, xml_sitemaps


def home(request):
    return render(request, "portal/home.html", {"blocks": [b(request) for b in home_blocks()]})


def site_map(request):
    """网站地图: every section's pages, as registered by the apps."""
    groups = [(s.label, s.links()) for s in sections()]
    return render(request, "portal/site_map.html", {"groups": [g for g in groups if g[1]]})


def sitemap_xml(request):
    return sitemap_views.sitemap(request, sitemaps=xml_sitemaps())
