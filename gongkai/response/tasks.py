"""Background tasks of the response app (take ids, call a service, idempotent)."""

from django_tasks import task


@task()
def read_feeds() -> int:
    from gongkai.response.services.media import accounts_read_feeds

    return accounts_read_feeds()
