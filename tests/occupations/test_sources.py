"""Getting the sources: a partial source folder, downloads through a local mirror, checksums."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from occupations.errors import ChecksumMismatch, SourceMissing
from occupations.sources import CATALOGUE, SourceLocator


@pytest.fixture
def mirror(tmp_path: Path, source_dir: Path) -> Iterator[tuple[str, Path]]:
    """A local web server laid out as <host>/<path>, serving the agencies' files."""
    root = tmp_path / "mirror"

    def put(url: str, data: Path | bytes) -> None:
        target = root / url.split("://", 1)[1]
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, Path):
            shutil.copy(data, target)
        else:
            target.write_bytes(data)

    zips: dict[str, zipfile.ZipFile] = {}
    for spec in CATALOGUE.values():
        if spec.url is None:
            continue
        if spec.member is None:
            put(spec.url, source_dir / spec.path)
            continue
        target = root / spec.url.split("://", 1)[1]
        target.parent.mkdir(parents=True, exist_ok=True)
        archive = zips.get(spec.url) or zipfile.ZipFile(target, "w")
        zips[spec.url] = archive
        archive.write(source_dir / spec.path, spec.member)
    for archive in zips.values():
        archive.close()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()


def test_missing_files_are_downloaded_and_checked(mirror, tmp_path, source_dir):
    url, _ = mirror
    partial = tmp_path / "partial"
    shutil.copytree(source_dir / "mississippi", partial / "mississippi")
    locator = SourceLocator(partial, tmp_path / "cache", mirror=url)
    for key, spec in CATALOGUE.items():
        found = locator.locate(key)
        if spec.url is None and not spec.required:
            assert found is None
            continue
        assert found is not None and found.sha256 == spec.sha256, key


def test_a_tampered_download_is_refused(mirror, tmp_path):
    url, root = mirror
    spec = CATALOGUE["projections"]
    (root / spec.url.split("://", 1)[1]).write_bytes(b"not the BLS workbook")
    locator = SourceLocator(None, tmp_path / "cache", mirror=url)
    with pytest.raises(ChecksumMismatch):
        locator.locate("projections")


def test_without_sources_or_network_the_build_says_what_to_do(tmp_path):
    locator = SourceLocator(None, tmp_path / "cache", mirror="http://127.0.0.1:9")
    with pytest.raises(SourceMissing, match="CAREERBOT_SOURCE_DIR"):
        locator.locate("counties")
    with pytest.raises(SourceMissing, match="could not be downloaded"):
        locator.locate("projections")
