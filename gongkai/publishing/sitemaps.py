"""Site map entries of the disclosure section: its pages, its column tree, documents."""

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


def section_pages() -> list[tuple[str, str, int]]:
    """政府信息公开 and its own navigation, with every column of the catalogue tree."""
    from gongkai.publishing.section import column_tree

    pages: list[tuple[str, str, int]] = [
        ("政府信息公开", "publishing:xxgk", 0),
        ("政府信息公开指南", "publishing:guide", 1),
        ("政府信息公开制度", "publishing:system", 1),
        ("法定主动公开内容", "publishing:catalogue", 1),
    ]
    for node, depth in column_tree():
        pages.append((node.name, reverse("publishing:catalogue_node", args=[node.slug]), depth + 2))
    pages += [
        ("政府信息公开工作年度报告", "reports:list", 1),
        ("依申请公开", "foi:apply", 1),
    ]
    return pages
