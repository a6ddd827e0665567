"""Every government website hosted on this installation is watched at its own host, like
the platform's own portal (issue 23)."""

from __future__ import annotations

from gongkai.core.models import HostedSite
from gongkai.monitoring import pages as fetcher
from gongkai.monitoring.models import Site


def hosted_url(site: HostedSite) -> str | None:
    """Where the public reaches the site: its recorded address, else its first host."""
    raw = site.base_url or (f"http://{site.host_list()[0]}/" if site.host_list() else "")
    return fetcher.normalise(raw) if raw else None


def sites_ensure_hosted() -> list[Site]:
    """A watched site for each active hosted site, under the site's own government. An
    address already watched (added by hand, or the platform's portal) is left as it is."""
    from gongkai.monitoring.services import site_create

    out = []
    for hosted in HostedSite.objects.filter(active=True).select_related("root"):
        url = hosted_url(hosted)
        if url is None:
            continue
        site = Site.objects.filter(url=url).first()
        if site is None:
            site = site_create(actor=None, unit=hosted.root, name=hosted.name, url=url)
        out.append(site)
    return out
