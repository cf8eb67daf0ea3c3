"""The laptop's LAN addresses, read from the local interfaces (no packet leaves the machine).

``ifaddr`` lists the interfaces on Linux, macOS and Windows alike. Interface names differ by
system (``wlan0``/``eth0``; ``en0``/``bridge100``/``utun3``; ``Wi-Fi``/``vEthernet (WSL)`` with a
GUID behind it), so the ranking reads both the system name and the readable one: the Wi-Fi
first, other real adapters next, virtual ones (containers, VMs, VPN tunnels) last.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable
from typing import Any

VIRTUAL = (
    "docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "lxc", "cni", "flannel", "tun", "tap",
    "utun", "awdl", "llw", "bridge", "anpi", "vethernet", "virtualbox", "vmware", "hyper-v",
    "wsl", "bluetooth", "tailscale", "zerotier", "wireguard", "loopback", "isatap", "teredo",
)  # fmt: skip
"""Name prefixes or words of adapters phones in the room cannot reach."""
WIRELESS = ("wi-fi", "wifi", "wlan", "wireless", "wl", "en0")
"""Names of the usual Wi-Fi adapter (the room's network), ranked first."""


def _usable(address: str) -> bool:
    try:
        ip = ipaddress.IPv4Address(address)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_unspecified)


def _names(adapter: Any) -> str:
    return f"{adapter.name} {getattr(adapter, 'nice_name', '')}".lower()


def _rank(names: str, address: str) -> tuple[int, int, int]:
    """Real adapters before virtual ones; Wi-Fi first; private (LAN) addresses first."""
    words = names.replace("(", " ").replace(")", " ").split()
    virtual = int(any(w.startswith(VIRTUAL) for w in words))
    wireless = 0 if any(w.startswith(WIRELESS) for w in words) else 1
    private = 0 if ipaddress.IPv4Address(address).is_private else 1
    return virtual, wireless, private


def addresses_from(adapters: Iterable[Any]) -> list[str]:
    """Usable IPv4 addresses of ``adapters`` (``ifaddr.Adapter``-like), best first."""
    found = []
    for order, adapter in enumerate(adapters):
        names = _names(adapter)
        for ip in adapter.ips:
            address = ip.ip if isinstance(ip.ip, str) else None
            if address is not None and _usable(address):
                found.append((_rank(names, address), order, address))
    seen: dict[str, None] = {}
    for _, _, address in sorted(found):
        seen.setdefault(address)
    return list(seen)


def _adapters() -> list[Any]:
    import ifaddr

    try:
        return list(ifaddr.get_adapters())
    except OSError:
        return []


def lan_addresses(adapters: Callable[[], Iterable[Any]] = _adapters) -> list[str]:
    """The laptop's IPv4 addresses that phones on the same network can reach, best first.

    Reads the local interfaces only: no packet is sent, no name is looked up on the network.
    Loopback and link-local addresses are left out; virtual adapters come last.
    """
    return addresses_from(adapters())
