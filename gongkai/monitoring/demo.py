"""Demo data: the platform's own portal is a monitored site (idempotent)."""

from gongkai.monitoring.services import site_ensure_platform


def load() -> str:
    site = site_ensure_platform()
    if site is None:
        return "网站监测：未配置本平台地址，跳过"
    return f"网站监测：本平台门户 {site.url}（栏目 {site.columns.count()} 个）"
