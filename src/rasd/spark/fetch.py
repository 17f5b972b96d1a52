"""Where a path of the job's path list is read from: a local (or shared-mount) file as it is;
an ``http(s)://`` or ``s3://`` object copied to a temporary file on the executor first, as
cc-pyspark does, then read like a local file by :func:`rasd.io.sources.iter_records` (so
every rasd format and the content sniffing work on remote files too).

Common Crawl's path lists (``crawl-data/CC-NEWS/2024/01/warc.paths.gz``) hold paths relative
to the bucket: ``--prefix https://data.commoncrawl.org/`` (HTTPS, anywhere) or
``--prefix s3://commoncrawl/`` (S3, from AWS; needs ``boto3`` and AWS credentials) makes
them whole. Copying, not streaming: a WARC is read once from start to end, and a local copy
lets a network hiccup fail the download (reported, the task goes on) instead of a page
half-way through a file.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from rasd.errors import MissingInput, UnreadableInput

log = logging.getLogger(__name__)

#: Seconds without a byte from an HTTP server before the download fails.
HTTP_TIMEOUT = 60
#: Copy buffer: large reads keep a 1 GB WARC download from costing a million calls.
COPY_BUFFER = 1024 * 1024
#: URL schemes copied to a local file first.
REMOTE_SCHEMES = frozenset({"http", "https", "s3", "s3a"})


def resolve(path: str, prefix: str | None = None) -> str:
    """``path`` as the job reads it: ``file://`` dropped, and a relative path (a Common
    Crawl path list's) joined to ``prefix`` when one is given."""
    path = path.strip()
    scheme = urlsplit(path).scheme.lower()
    if scheme == "file":
        return urlsplit(path).path
    if prefix and not scheme and not os.path.isabs(path):
        return prefix.rstrip("/") + "/" + path.lstrip("/")
    return path


def is_remote(path: str) -> bool:
    return urlsplit(path).scheme.lower() in REMOTE_SCHEMES


@contextmanager
def local_copy(path: str, *, temp_dir: str | None = None) -> Iterator[str]:
    """A local file holding ``path``: ``path`` itself when local, else a temporary copy
    (in ``temp_dir``, default the system's) removed when the block ends. Raises
    :class:`~rasd.errors.InputError` when the copy cannot be made."""
    if not is_remote(path):
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="rasd-fetch-", dir=temp_dir) as work:
        name = Path(urlsplit(path).path).name or "download"
        target = Path(work) / name
        _download(path, target)
        log.info("fetched %s (%d bytes)", path, target.stat().st_size)
        yield str(target)


def _download(url: str, target: Path) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("s3", "s3a"):
        _download_s3(url, target)
        return
    try:
        with urllib.request.urlopen(url, timeout=HTTP_TIMEOUT) as response, \
                target.open("wb") as out:
            shutil.copyfileobj(response, out, COPY_BUFFER)
    except urllib.error.HTTPError as e:
        error_type = MissingInput if e.code == 404 else UnreadableInput
        raise error_type(f"HTTP {e.code} {e.reason}", where=url) from e
    except (urllib.error.URLError, OSError) as e:
        raise UnreadableInput(f"cannot download: {e}", where=url) from e


def _download_s3(url: str, target: Path) -> None:
    parts = urlsplit(url)
    try:
        import boto3  # type: ignore[import-not-found,unused-ignore]
    except ImportError as e:
        raise UnreadableInput("s3:// paths need boto3 (pip install boto3) and AWS "
                              "credentials; or use an https:// prefix", where=url) from e
    client: Any = boto3.client("s3")
    try:
        client.download_file(parts.netloc, parts.path.lstrip("/"), str(target))
    except Exception as e:  # botocore's errors are many and not importable without it
        raise UnreadableInput(f"cannot download: {e}", where=url) from e
