"""The laptop's LAN addresses, read from the local interfaces (no packet leaves the machine)."""

from __future__ import annotations

import contextlib
import ipaddress
import re
import shutil
import socket
import struct
import subprocess
import sys

_SIOCGIFADDR = 0x8915
_VIRTUAL = ("docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "lxc", "cni", "flannel", "tun")


def _usable(address: str) -> bool:
    try:
        ip = ipaddress.IPv4Address(address)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_unspecified)


def _rank(item: tuple[str, str]) -> tuple[int, int, str]:
    """Real interfaces before virtual bridges; private (Wi-Fi, office) addresses first."""
    name, address = item
    virtual = int(name.startswith(_VIRTUAL))
    private = 0 if ipaddress.IPv4Address(address).is_private else 1
    return virtual, private, name


def _from_ioctl() -> list[tuple[str, str]]:
    """Linux: ask the kernel for each interface's IPv4 address (SIOCGIFADDR; nothing is sent)."""
    if not sys.platform.startswith("linux"):
        return []
    import fcntl

    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        for _, name in socket.if_nameindex():
            packed = struct.pack("256s", name[:15].encode())
            with contextlib.suppress(OSError):
                reply = fcntl.ioctl(sock.fileno(), _SIOCGIFADDR, packed)
                found.append((name, socket.inet_ntoa(reply[20:24])))
    return found


def _from_ip_command() -> list[tuple[str, str]]:
    """Fallback: parse ``ip -4 -o addr show``."""
    ip = shutil.which("ip")
    if not ip:
        return []
    try:
        out = subprocess.run(
            [ip, "-4", "-o", "addr", "show"], capture_output=True, text=True, timeout=3
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return re.findall(r"^\d+:\s+(\S+)\s+inet\s+([\d.]+)/", out, flags=re.MULTILINE)


def _from_hostname() -> list[tuple[str, str]]:
    """Last resort (macOS, Windows): the addresses the host name resolves to locally."""
    with contextlib.suppress(OSError):
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
        return [("host", info[4][0]) for info in infos]
    return []


def lan_addresses() -> list[str]:
    """The laptop's IPv4 addresses that phones on the same network can reach, best first.

    Reads the local interfaces only: no packet is sent, no name is looked up on the network.
    Loopback and link-local addresses are left out; virtual bridges (docker, VMs) come last.
    """
    for source in (_from_ioctl, _from_ip_command, _from_hostname):
        pairs = [(name, addr) for name, addr in source() if _usable(addr)]
        if pairs:
            seen: dict[str, None] = {}
            for _, address in sorted(pairs, key=_rank):
                seen.setdefault(address)
            return list(seen)
    return []
