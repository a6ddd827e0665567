"""Chinese names for the admin sections of third-party apps (axes, django-tasks).

Only the admin's listing is renamed: changing those models' ``Meta.verbose_name`` would
make ``makemigrations`` want a migration inside the third-party package.
"""

from __future__ import annotations

from django.contrib import admin

APPS = {"axes": "登录保护", "django_tasks_database": "后台任务"}
MODELS = {
    ("axes", "AccessAttempt"): "登录失败计数",
    ("axes", "AccessFailureLog"): "登录失败记录",
    ("axes", "AccessLog"): "登录记录",
    ("django_tasks_database", "DBTaskResult"): "任务执行结果",
}


def _renamed(get_app_list):
    def get_app_list_in_chinese(request, app_label=None):
        apps = get_app_list(request, app_label)
        for app in apps:
            app["name"] = APPS.get(app["app_label"], app["name"])
            for model in app["models"]:
                model["name"] = MODELS.get((app["app_label"], model["object_name"]), model["name"])
        return apps

    return get_app_list_in_chinese


def install(site: admin.AdminSite = admin.site) -> None:
    if not getattr(site, "_gongkai_chinese_names", False):
        site.get_app_list = _renamed(site.get_app_list)  # type: ignore[method-assign]
        site._gongkai_chinese_names = True  # type: ignore[attr-defined]
