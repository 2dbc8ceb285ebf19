"""Getting the sources: a partial source folder, downloads through a local mirror, checksums.

The local mirror behaves as bls.gov does: 403 Forbidden unless the User-Agent carries a
contact e-mail.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from careerbot import settings
from occupations.download import DownloadRefused
from occupations.errors import ChecksumMismatch, SourceMissing
from occupations.sources import CATALOGUE, SourceLocator
from tests.servers import APP_BIN

CONTACT = "Jane Doe jane.doe@school.k12.ms.us"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


class ContactOnlyHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files, but like BLS refuses (403) a User-Agent without a contact e-mail."""

    user_agents: list[str]

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        agent = self.headers.get("User-Agent", "")
        self.user_agents.append(agent)
        if not EMAIL.search(agent):
            self.send_error(403, "Forbidden")
            return
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def mirror(tmp_path: Path, source_dir: Path) -> Iterator[tuple[str, Path, list[str]]]:
    """A local web server laid out as <host>/<path>: its URL, folder and User-Agents seen."""
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
    agents: list[str] = []
    handler_class = type("Handler", (ContactOnlyHandler,), {"user_agents": agents})
    handler = functools.partial(handler_class, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root, agents
    finally:
        server.shutdown()


def test_missing_files_are_downloaded_with_the_contact_user_agent_and_checked(
    mirror, tmp_path, source_dir, monkeypatch
):
    url, _, _ = mirror
    partial = tmp_path / "partial"
    shutil.copytree(source_dir / "mississippi", partial / "mississippi")
    monkeypatch.setenv("CAREERBOT_DOWNLOAD_USER_AGENT", CONTACT)
    config = settings.load()
    locator = SourceLocator(partial, tmp_path / "cache", url, config.download_user_agent)
    for key, spec in CATALOGUE.items():
        found = locator.locate(key)
        if spec.url is None and not spec.required:
            assert found is None
            continue
        assert found is not None and found.sha256 == spec.sha256, key


def test_a_tampered_download_is_refused(mirror, tmp_path):
    url, root, _ = mirror
    spec = CATALOGUE["projections"]
    (root / spec.url.split("://", 1)[1]).write_bytes(b"not the BLS workbook")
    locator = SourceLocator(None, tmp_path / "cache", mirror=url, user_agent=CONTACT)
    with pytest.raises(ChecksumMismatch):
        locator.locate("projections")


def test_without_sources_or_network_the_build_says_what_to_do(tmp_path):
    locator = SourceLocator(None, tmp_path / "cache", mirror="http://127.0.0.1:9")
    with pytest.raises(SourceMissing, match="CAREERBOT_SOURCE_DIR"):
        locator.locate("counties")
    with pytest.raises(SourceMissing, match="could not be downloaded"):
        locator.locate("projections")


def test_a_download_refused_for_want_of_a_contact_says_what_to_do(mirror, tmp_path):
    url, _, _ = mirror
    locator = SourceLocator(None, tmp_path / "cache", mirror=url)
    with pytest.raises(DownloadRefused) as refused:
        locator.locate("projections")
    message = str(refused.value)
    assert "403" in message and "CAREERBOT_DOWNLOAD_USER_AGENT" in message
    assert "CAREERBOT_SOURCE_DIR" in message and "sha256" in message
    assert CATALOGUE["projections"].path in message


def test_each_file_of_a_zip_is_downloaded_once(mirror, tmp_path):
    url, _, agents = mirror
    locator = SourceLocator(None, tmp_path / "cache", mirror=url, user_agent=CONTACT)
    onet = [key for key, spec in CATALOGUE.items() if spec.url and "onetcenter" in spec.url]
    for key in onet:
        assert locator.locate(key) is not None
    assert len(agents) == 1 and agents == [CONTACT]


def test_data_build_without_a_contact_stops_at_the_first_refusal_with_one_clear_error(
    mirror, tmp_path, source_dir
):
    url, _, _ = mirror
    partial = tmp_path / "partial"
    shutil.copytree(source_dir / "mississippi", partial / "mississippi")
    env = {key: value for key, value in os.environ.items() if not key.startswith("CAREERBOT_")}
    env.update(
        CAREERBOT_SOURCE_DIR=str(partial),
        CAREERBOT_SOURCE_MIRROR=url,
        CAREERBOT_VAR_DIR=str(tmp_path / "var"),
        CAREERBOT_LOOKUPS_DIR=str(tmp_path / "lookups"),
    )
    target = f"sqlite:///{tmp_path / 'occupations.sqlite'}"
    done = subprocess.run(
        [str(APP_BIN / "careerbot"), "data", "build", "--url", target, "--json"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode != 0
    error = done.stdout.strip().splitlines()[-1]
    assert "refused the download (403 Forbidden)" in error
    assert "CAREERBOT_DOWNLOAD_USER_AGENT" in error and "by hand" in error
    assert not (tmp_path / "occupations.sqlite").exists()
