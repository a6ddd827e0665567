"""Demo data and the published demo password stay out of production."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from gongkai.core.demo import DEMO_PASSWORD
from gongkai.core.demosafety import check_demo_passwords
from gongkai.core.models import Role, User
from gongkai.core.services import staff_create

pytestmark = pytest.mark.django_db


def test_demo_load_refuses_in_production(settings):
    settings.ENV = "production"
    with pytest.raises(CommandError, match="生产环境"):
        call_command("demo_load")
    assert not User.objects.exists()


def _demo_user(gov):
    return staff_create(
        username="xinxiyuan", password=DEMO_PASSWORD, name="张信息", unit=gov, role=Role.EDITOR
    )


def _login(username, password):
    return Client().post("/accounts/login/", {"username": username, "password": password})


def test_demo_password_works_only_in_development(gov, settings):
    _demo_user(gov)
    assert _login("xinxiyuan", DEMO_PASSWORD).status_code == 302
    for env in ("production", "staging"):
        settings.ENV = env
        resp = _login("xinxiyuan", DEMO_PASSWORD)
        assert resp.status_code == 200 and "_auth_user_id" not in resp.wsgi_request.session


def test_deploy_check_names_accounts_with_the_demo_password(gov, office, settings):
    _demo_user(gov)
    assert check_demo_passwords() == []  # development: expected
    settings.ENV = "production"
    errors = check_demo_passwords()
    assert (
        len(errors) == 1 and "xinxiyuan" in errors[0].msg and office.username not in errors[0].msg
    )
