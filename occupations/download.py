"""Fetch one official file over HTTP(S), with a contact User-Agent, and say plainly why not.

BLS's usage policy asks scripted clients to send a contact e-mail as their User-Agent and
answers 403 Forbidden to others, so a refusal gets its own error with the way round it.
"""

from __future__ import annotations

import urllib.error
import urllib.request

from occupations.errors import SourceMissing

DEFAULT_USER_AGENT = "careerbot-data-build"
TIMEOUT_SECONDS = 120.0


class DownloadRefused(SourceMissing):
    """The server answered 403 Forbidden (BLS does so without a contact e-mail)."""


class DownloadFailed(Exception):
    """The file could not be fetched (network error, 404, 5xx); the message says which."""


def refusal_message(url: str, user_agent: str, files: list[str]) -> str:
    """One sentence on a 403 and what to do instead: a contact User-Agent, or files by hand."""
    listed = ", ".join(files)
    return (
        f"{url} refused the download (403 Forbidden) for User-Agent {user_agent!r}: BLS only "
        "serves scripted downloads whose User-Agent carries a contact e-mail, so set "
        'CAREERBOT_DOWNLOAD_USER_AGENT="Your Name you@example.org" and retry, or download '
        f"these files by hand (or from a mirror, CAREERBOT_SOURCE_MIRROR) into "
        f"CAREERBOT_SOURCE_DIR, laid out as in SOURCES.md ({listed}); the build checks "
        "their sha256."
    )


def fetch(
    url: str, user_agent: str, *, files: list[str], timeout: float = TIMEOUT_SECONDS
) -> bytes:
    """The body at ``url``; :class:`DownloadRefused` on 403, :class:`DownloadFailed` otherwise.

    Args:
        url: the address to fetch (the agency's, or the mirror's copy of it).
        user_agent: sent as the User-Agent header (a contact e-mail for BLS).
        files: the source-folder paths this download provides, named in a refusal.
        timeout: seconds for the connection and each read.
    """
    request = urllib.request.Request(url, headers={"User-Agent": user_agent})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return bytes(response.read())
    except urllib.error.HTTPError as error:
        if error.code == 403:
            raise DownloadRefused(refusal_message(url, user_agent, files)) from error
        raise DownloadFailed(f"HTTP {error.code} {error.reason}") from error
    except OSError as error:
        raise DownloadFailed(str(getattr(error, "reason", error))) from error
