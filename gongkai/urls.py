from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from gongkai.api.api import api
from gongkai.core import views as core_views

admin.site.site_header = "政务公开平台 · 系统配置"
admin.site.site_title = "系统配置"
admin.site.index_title = "系统配置"

# Chinese error pages in the portal's look (gongkai/portal/errors.py).
handler400 = "gongkai.portal.errors.bad_request"
handler403 = "gongkai.portal.errors.permission_denied"
handler404 = "gongkai.portal.errors.page_not_found"
handler500 = "gongkai.portal.errors.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(template_name="core/login.html"),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("api/v1/", api.urls),
    path("workspace/", include("gongkai.workspace.urls")),
    path("", include("gongkai.core.urls")),
]
# Every other app mounts its own URLs at the root; each app's urls.py holds full paths.
for _app in settings.GONGKAI_APPS:
    if _app in ("gongkai.core", "gongkai.workspace", "gongkai.api"):
        continue
    urlpatterns.append(path("", include(f"{_app}.urls")))

# Uploaded files: only public prefixes are served here; ID scans, letters and drafts
# are reachable only through permission-checked views.
urlpatterns.append(
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", core_views.public_media, name="media")
)
