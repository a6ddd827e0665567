"""The suite cannot reach beyond loopback, by connection or by DNS."""

import socket

import pytest


def test_dns_lookup_of_an_outside_name_fails():
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("example.gov.cn", 80)


def test_connection_to_an_outside_address_fails():
    s = socket.socket()
    try:
        with pytest.raises(OSError, match="loopback"):
            s.connect(("192.0.2.1", 80))
    finally:
        s.close()


def test_loopback_still_resolves():
    assert socket.getaddrinfo("localhost", 80)
