"""Writes for hosted sites (门户网站): every change audited."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from gongkai.core.audit import audit_record
from gongkai.core.models import HostedSite, User

FIELDS = (
    "name",
    "root",
    "hosts",
    "base_url",
    "site_id_code",
    "icp",
    "psb",
    "logo",
    "colour",
    "is_default",
    "active",
)


def _check_hosts(site: HostedSite) -> None:
    hosts = site.host_list()
    if not hosts:
        raise ValidationError({"hosts": "请至少填写一个域名"})
    for host in hosts:
        if "/" in host or " " in host or ":" in host:
            raise ValidationError(
                {"hosts": f"域名“{host}”格式不正确：只填写域名，不含协议、端口和路径"}
            )
    taken = {
        h: other.name for other in HostedSite.objects.exclude(pk=site.pk) for h in other.host_list()
    }
    clash = [h for h in hosts if h in taken]
    if clash:
        raise ValidationError({"hosts": f"域名“{clash[0]}”已属于网站“{taken[clash[0]]}”"})
    site.hosts = "\n".join(hosts)


@transaction.atomic
def hosted_site_save(*, actor: User | None, site: HostedSite) -> HostedSite:
    """Create or change a hosted site; its host names must be unique across sites."""
    _check_hosts(site)
    if site.colour and not (len(site.colour) == 7 and site.colour.startswith("#")):
        raise ValidationError({"colour": "主色请填写如 #b31b1b 的六位颜色值"})
    created = site.pk is None
    if site.is_default:
        HostedSite.objects.exclude(pk=site.pk).filter(is_default=True).update(is_default=False)
    site.full_clean()
    site.save()
    audit_record(
        actor=actor,
        action="site.create" if created else "site.update",
        obj=site,
        unit=site.root,
        summary=f"{'新建' if created else '修改'}门户网站 {site.name}（{'、'.join(site.host_list())}）",
        changes={f: str(getattr(site, f)) for f in FIELDS},
    )
    return site
