"""The gzip cache never makes a request wait for compression while it warms in the background."""

from __future__ import annotations

import gzip

from coachkit.server.compress import GzipCache


def make_site(tmp_path):
    root = tmp_path / "web"
    root.mkdir()
    (root / "main.js").write_text("console.log('x');\n" * 500)
    return root


def test_without_build_an_uncompressed_file_passes_through_until_warmed(tmp_path):
    cache = GzipCache(make_site(tmp_path), tmp_path / "cache")
    assert cache.get("main.js", build=False) is None  # not compressed yet: serve as it is
    assert not (tmp_path / "cache").exists()
    assert cache.warm() == 1
    entry = cache.get("main.js", build=False)
    assert entry is not None and entry.size < entry.raw_size
    assert gzip.decompress(entry.path.read_bytes()).startswith(b"console.log")


def test_a_later_process_finds_the_compressed_copy_on_disk(tmp_path):
    site = make_site(tmp_path)
    GzipCache(site, tmp_path / "cache").warm()
    again = GzipCache(site, tmp_path / "cache")
    assert again.get("main.js", build=False) is not None
