"""The join address on the facilitator's usual laptops: ifaddr's output faked per system."""

from __future__ import annotations

from dataclasses import dataclass

from coachkit.server.network import addresses_from, lan_addresses


@dataclass
class IP:
    ip: object
    network_prefix: int = 24


@dataclass
class Adapter:
    name: str
    nice_name: str
    ips: list


def v6(address: str) -> IP:
    return IP((address, 0, 0), 64)


WINDOWS = [
    Adapter("{A1}", "vEthernet (WSL)", [IP("172.25.160.1", 20)]),
    Adapter("{B2}", "VirtualBox Host-Only Network", [IP("192.168.56.1")]),
    Adapter("{C3}", "Wi-Fi", [IP("192.168.1.23"), v6("fe80::1")]),
    Adapter("{D4}", "Bluetooth Network Connection", [IP("169.254.10.2", 16)]),
    Adapter("{E5}", "Loopback Pseudo-Interface 1", [IP("127.0.0.1", 8), v6("::1")]),
    Adapter("{F6}", "VMware Network Adapter VMnet8", [IP("192.168.100.1")]),
]
MACOS = [
    Adapter("lo0", "lo0", [IP("127.0.0.1", 8)]),
    Adapter("bridge100", "bridge100", [IP("192.168.64.1")]),
    Adapter("utun3", "utun3", [IP("10.8.0.2")]),
    Adapter("en0", "en0", [IP("10.0.4.17"), v6("fe80::aa")]),
    Adapter("awdl0", "awdl0", [v6("fe80::bb")]),
]
LINUX = [
    Adapter("docker0", "docker0", [IP("172.17.0.1", 16)]),
    Adapter("wlp2s0", "wlp2s0", [IP("192.168.8.40")]),
    Adapter("lo", "lo", [IP("127.0.0.1", 8)]),
]


def test_windows_wifi_comes_before_wsl_virtualbox_and_vmware():
    found = addresses_from(WINDOWS)
    assert found[0] == "192.168.1.23"
    assert set(found) == {"192.168.1.23", "172.25.160.1", "192.168.56.1", "192.168.100.1"}


def test_macos_en0_comes_before_bridges_and_vpn_tunnels():
    found = addresses_from(MACOS)
    assert found[0] == "10.0.4.17"
    assert set(found[1:]) == {"192.168.64.1", "10.8.0.2"}


def test_linux_wifi_comes_before_docker():
    assert addresses_from(LINUX) == ["192.168.8.40", "172.17.0.1"]


def test_loopback_link_local_and_ipv6_are_never_offered():
    for adapters in (WINDOWS, MACOS, LINUX):
        for address in addresses_from(adapters):
            assert not address.startswith(("127.", "169.254.")) and ":" not in address


def test_a_laptop_with_no_network_offers_nothing():
    assert lan_addresses(lambda: [Adapter("lo", "lo", [IP("127.0.0.1", 8)])]) == []


def test_this_machines_interfaces_are_read_through_ifaddr():
    import ifaddr

    real = addresses_from(ifaddr.get_adapters())
    assert lan_addresses() == real
