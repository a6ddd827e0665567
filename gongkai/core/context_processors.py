from django.conf import settings


def site(request):
    return {"site_info": settings.GONGKAI_SITE}
