"""RSS and Atom feeds of the disclosure catalogue, overall and per column."""

from __future__ import annotations

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from gongkai.publishing import selectors
from gongkai.publishing.models import CatalogueNode

FEED_SIZE = 30


class ItemsRss(Feed):
    def get_object(self, request, slug: str | None = None):
        return get_object_or_404(CatalogueNode, slug=slug) if slug else None

    def title(self, node):
        from gongkai.core.sites import identity

        site = identity(settings.GONGKAI_SITE)["name"]
        return f"{site} - {node.name if node else '法定主动公开内容'}"

    def link(self, node):
        if node:
            return reverse("publishing:catalogue_node", args=[node.slug])
        return reverse("publishing:catalogue")

    def description(self, node):
        return "最新公开的政府信息"

    def items(self, node):
        return selectors.public_item_list({"node": node})[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        parts = [item.unit.name]
        if item.doc_number:
            parts.append(item.doc_number)
        if item.index_number:
            parts.append(f"索引号 {item.index_number}")
        return " ".join(parts)

    def item_pubdate(self, item):
        return item.published_at

    def item_link(self, item):
        return item.get_absolute_url()


class ItemsAtom(ItemsRss):
    feed_type = Atom1Feed

    def subtitle(self, node):
        return self.description(node)
