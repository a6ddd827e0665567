from django.conf import settings


def site(request):
    from gongkai.core.sites import identity

    return {"site_info": identity(settings.GONGKAI_SITE)}
