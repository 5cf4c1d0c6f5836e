"""The real Radicale server and the independent "phone" of the service tests, for the window."""

from tests.services.phones.conftest import phone, radicale  # noqa: F401 - fixtures used here
