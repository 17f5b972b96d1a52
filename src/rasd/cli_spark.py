"""``rasd spark PATHS --out DIR``: the Spark job (:mod:`rasd.spark.job`) from the command
line, on a local Spark (``--master local[2]``, the default ``local[*]``) or a cluster master
(``spark://…``, ``yarn``). pyspark is optional: ``pip install 'rasd[spark]'``.

On a cluster, prefer ``spark-submit src/rasd/spark/job.py`` (docs/scale.md): it takes the
same arguments and lets spark-submit set executors, memory and the Python environment.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from rasd.cli_input import add_input_arguments

#: Without --master: every core of this machine.
DEFAULT_MASTER = "local[*]"


def cmd_spark(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    del out  # the tables go to --out; the summary to stderr like ingest's
    from rasd.spark.job import run_from_args

    return run_from_args(args, err)


def add_job_arguments(p: argparse.ArgumentParser) -> None:
    """The job's arguments, shared by ``rasd spark`` and ``spark-submit job.py``."""
    p.add_argument("paths_file", metavar="PATHS",
                   help="text file of input paths, one a line (.gz read as is): local, "
                        "hdfs://, s3a:// as Spark reads it")
    p.add_argument("--out", required=True, help="output directory (local, hdfs://, s3a://)")
    p.add_argument("--partitions", type=int,
                   help="Spark partitions (default: one per path)")
    p.add_argument("--prefix", help="joined to relative paths, e.g. "
                                    "https://data.commoncrawl.org/ for a Common Crawl list")
    p.add_argument("--overwrite", action="store_true", help="replace an existing output")
    p.add_argument("--temp-dir", help="where executors copy remote files (default: TMPDIR)")
    p.add_argument("--ignore", action="append", default=[], metavar="CODE",
                   help="failures with this code are counted, not written and do not set the "
                        "exit status (repeatable; e.g. not_arabic on a multilingual crawl)")
    add_input_arguments(p)


def add_spark_command(sub: Any) -> None:
    """Register ``spark`` on the top-level subparsers."""
    sp = sub.add_parser("spark", help="analyse a path list on Spark into Parquet tables "
                                      "(pip install 'rasd[spark]')")
    add_job_arguments(sp)
    sp.add_argument("--master", default=DEFAULT_MASTER,
                    help=f"Spark master (default {DEFAULT_MASTER}: this machine's cores)")
    sp.set_defaults(func=cmd_spark)
