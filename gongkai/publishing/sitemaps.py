"""sitemap.xml: the public disclosure pages and every public document."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from gongkai.publishing import selectors


class DocumentSitemap(Sitemap):
    changefreq = "monthly"
    limit = 5000

    def items(self):
        return selectors.public_items().only("id", "published_at", "updated_at").order_by("id")

    def lastmod(self, item):
        return item.updated_at or item.published_at

    def location(self, item):
        return reverse("publishing:document", args=[item.pk])


class SectionSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return ["publishing:xxgk", "publishing:guide", "publishing:system", "publishing:catalogue"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"xxgk": SectionSitemap, "documents": DocumentSitemap}
