"""Authentication for the API: bearer tokens for scripts, the session for the browser."""

from ninja.security import HttpBearer, SessionAuth

from gongkai.core.permissions import is_staff_member
from gongkai.core.services import token_authenticate


class TokenAuth(HttpBearer):
    openapi_scheme = "bearer"

    def authenticate(self, request, token):
        user = token_authenticate(token)
        if user is None or not is_staff_member(user):
            return None
        request.user = user
        return user


class StaffSessionAuth(SessionAuth):
    def _get_key(self, request):
        # No signed-in session: nothing to protect with CSRF, so the answer is 401, not a
        # CSRF complaint. With a session the CSRF check still applies to every write.
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        return super()._get_key(request)

    def authenticate(self, request, key):
        user = super().authenticate(request, key)
        return user if user is not None and is_staff_member(user) else None


#: Use as ``auth=staff_auth`` on staff endpoints.
staff_auth = [TokenAuth(), StaffSessionAuth()]
