"""Settings for gongkai, read from the environment.

Development (the default) needs nothing set: SQLite under var/, a generated secret key
stored in var/secret_key. Production (GONGKAI_ENV=production) requires SECRET_KEY,
ALLOWED_HOSTS and DATABASE_URL and turns on HTTPS-only cookies and HSTS.
"""

import os
import secrets
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from gongkai.core.dburls import replica_databases

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("GONGKAI_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)

ENV = os.environ.get("GONGKAI_ENV", "development")
PRODUCTION = ENV == "production"
TESTING = "pytest" in sys.modules or os.environ.get("GONGKAI_TESTING") == "1"


def _secret_key() -> str:
    key = os.environ.get("SECRET_KEY")
    if key:
        return key
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set in production")
    path = VAR_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = os.environ.get("DEBUG", "0" if PRODUCTION else "1") == "1" and not TESTING
ALLOWED_HOSTS = [
    h.strip()
    for h in os.environ.get(
        "ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver"
    ).split(",")
    if h.strip()
]
CSRF_FAILURE_VIEW = "gongkai.portal.errors.csrf_failure"
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

GONGKAI_APPS = [
    "gongkai.core",
    "gongkai.workspace",
    "gongkai.api",
    "gongkai.portal",
    "gongkai.publishing",
    "gongkai.search",
    "gongkai.privacy",
    "gongkai.foi",
    "gongkai.participation",
    "gongkai.response",
    "gongkai.reports",
    "gongkai.monitoring",
    "gongkai.staticsite",
    "gongkai.zhaocuo",
    "gongkai.supervision",
    "gongkai.registers",
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    *GONGKAI_APPS,
    # The API docs (Swagger UI) use ninja's own static files, never a CDN; listed after
    # our apps so that gongkai/api/templates/ninja/swagger.html (Chinese title) wins.
    # Ninja's folder as an app that does not import ninja (commands start faster).
    "gongkai.api.ninja_assets",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "gongkai.core.sites.SiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "gongkai.core.replicas.ReplicaMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
    "gongkai.core.middleware.OutOfRangeMiddleware",
    "gongkai.core.ratelimit.RateLimitMiddleware",
]

ROOT_URLCONF = "gongkai.urls"
WSGI_APPLICATION = "gongkai.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "gongkai" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "gongkai.core.context_processors.site",
                "gongkai.workspace.context_processors.workspace_nav",
            ],
        },
    }
]

# Database: SQLite in WAL mode by default; DATABASE_URL (PostgreSQL) in production.
_default_db = f"sqlite:///{VAR_DIR / 'gongkai.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(os.environ.get("DATABASE_URL", _default_db))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;"
        ),
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    # A file, not shared-cache memory, so that live-server tests see real concurrent
    # transactions (pytest-xdist adds a suffix per worker).
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test_gongkai.sqlite3")}
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", 60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Streaming replicas for the public side's reads (gongkai/core/replicas.py).
DATABASES.update(replica_databases(os.environ.get("DATABASE_REPLICA_URLS", "")))
DATABASE_ROUTERS = ["gongkai.core.replicas.ReplicaRouter"] if len(DATABASES) > 1 else []

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# The public-order index of items carries its list columns (INCLUDE) so that PostgreSQL
# answers a site's lists from the index alone; SQLite ignores the extra columns, which is
# all that this warning says, and it would otherwise open every command's output.
SILENCED_SYSTEM_CHECKS = ["models.W040"]
AUTH_USER_MODEL = "core.User"
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/workspace/"
LOGOUT_REDIRECT_URL = "/"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "gongkai.core.demosafety.NoDemoPasswordBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Login throttling (django-axes): 5 failures lock the username (from whatever addresses)
# and, separately, the client address (whatever usernames) for 30 minutes. The address is
# the real client's behind GONGKAI_TRUSTED_PROXY_HOPS proxies, not the proxy's.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 0.5
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "gongkai.core.clientaddr.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "core/locked_out.html"
AXES_ENABLED = os.environ.get("AXES_ENABLED", "1") == "1"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "gongkai" / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Outside production whitenoise serves static files straight from the apps, so that
# `make run` (DEBUG off, see the serve command) needs no collectstatic.
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = not PRODUCTION
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Uploaded files under these prefixes are public (served at MEDIA_URL); all others are
# served only through views that check permissions (ID scans, letters, drafts).
GONGKAI_PUBLIC_MEDIA_PREFIXES = ["participation/consultations/"]
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# A cache shared by every worker process on the machine (throttles, wrong-code limits).
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
        if TESTING
        else {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(VAR_DIR / "cache")),
        }
    )
}
# Several web nodes: CACHE_BACKEND=database shares the cache (rate limits, throttles) through
# the primary database (`gongkai createcachetable` once).
if not TESTING and os.environ.get("CACHE_BACKEND") == "database":
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "gongkai_cache",
    }
# Rate limits on public submissions and code checks (gongkai/core/ratelimit.py); switch
# off only for load tests of the stack itself.
GONGKAI_RATE_LIMITS_ENABLED = os.environ.get("GONGKAI_RATE_LIMITS_ENABLED", "1") == "1"

# The audit chain's key and anchors live outside the database (see gongkai/core/auditkey.py).
# In production the key file defaults outside the data directory; keep it in a separate backup.
GONGKAI_AUDIT_KEY = os.environ.get("GONGKAI_AUDIT_KEY", "")
GONGKAI_AUDIT_KEY_FILE = Path(
    os.environ.get(
        "GONGKAI_AUDIT_KEY_FILE",
        "/etc/gongkai/audit_key" if PRODUCTION else str(VAR_DIR / "audit_key"),
    )
)
GONGKAI_AUDIT_ANCHOR_FILE = os.environ.get(
    "GONGKAI_AUDIT_ANCHOR_FILE",
    ""
    if TESTING
    else (
        "/var/log/gongkai/audit_anchors.log" if PRODUCTION else str(VAR_DIR / "audit_anchors.log")
    ),
)

# Number of reverse proxies (nginx) that append to X-Forwarded-For; 0 ignores the header.
GONGKAI_TRUSTED_PROXY_HOPS = int(os.environ.get("GONGKAI_TRUSTED_PROXY_HOPS", "0"))

# Background work: django-tasks with the database backend and its worker.
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if TESTING
            else "django_tasks_db.DatabaseBackend"
        )
    }
}

# Security headers.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "object-src": ["'none'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
}
if PRODUCTION:
    SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {"jieba": {"level": "ERROR"}},
}

# Site identity, printed in every page footer and <meta name="SiteIDCode">.
GONGKAI_SITE = {
    "name": os.environ.get("GONGKAI_SITE_NAME", "示范县人民政府"),
    "site_id_code": os.environ.get("GONGKAI_SITE_ID_CODE", "0000000000"),
    "icp": os.environ.get("GONGKAI_ICP", "京ICP备00000000号"),
    "psb": os.environ.get("GONGKAI_PSB", "京公网安备00000000000000号"),
    "base_url": os.environ.get("GONGKAI_BASE_URL", "http://127.0.0.1:8000"),
    # 党政机关网站标识: the image issued for this site and the page it links to.
    "mark_image": os.environ.get("GONGKAI_SITE_MARK_IMAGE", ""),
    "mark_url": os.environ.get("GONGKAI_SITE_MARK_URL", ""),
}

# Website monitor: CIDR ranges of internal addresses the workspace may still add as a
# monitored site (loopback, private, link-local and metadata addresses are refused).
GONGKAI_MONITOR_ALLOW_INTERNAL = [
    c for c in os.environ.get("GONGKAI_MONITOR_ALLOW_INTERNAL", "").replace(",", " ").split() if c
]

# Where the five real work plans live (demo data); a copy is kept in demo/seeds.
GONGKAI_SEEDS_DIR = Path(os.environ.get("GONGKAI_SEEDS_DIR", BASE_DIR / "demo" / "seeds"))

# Rule settings an office may change (fee clock, remedies bodies, index-number pattern…)
# go in a Python file named by GONGKAI_LOCAL_SETTINGS, read last. See README.
_local = os.environ.get("GONGKAI_LOCAL_SETTINGS")
if _local:
    _path = Path(_local)
    if not _path.is_file():
        raise ImproperlyConfigured(f"GONGKAI_LOCAL_SETTINGS names a missing file: {_path}")
    exec(compile(_path.read_text(encoding="utf-8"), str(_path), "exec"))  # noqa: S102
