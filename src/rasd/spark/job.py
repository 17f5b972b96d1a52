"""The Spark job: a path list in, Parquet tables out (``docs/scale.md``).

Run it with ``rasd spark PATHS --out DIR`` (a local Spark, or ``--master``), with
``spark-submit src/rasd/spark/job.py PATHS --out DIR`` or ``python -m rasd.spark.job``.

The plan, after Common Crawl's cc-pyspark: ``sc.textFile(PATHS)`` gives the paths (one a
line; ``.gz`` lists as Common Crawl publishes them are read as they are), collected and
sliced evenly over N partitions (default: one per path, the unit of work); each partition
runs :func:`rasd.spark.partition.analyse_paths`, whose ``(table, row)`` pairs become one
DataFrame (a struct column per table, :func:`combined_ddl`) cached in the JVM (memory, then
disk), so the analysis runs once while six tables are written from it by Spark alone:
documents, entities, events, quotes and comments partitioned by publication day, and the
failures. Row counts per table come back to the driver as a :class:`JobSummary`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from rasd.cli_spark import add_job_arguments
from rasd.errors import RasdError, SparkJobError
from rasd.spark.partition import IGNORED, JobOptions, TableRow, analyse_paths
from rasd.spark.tables import PARTITION_COLUMN, TABLES

log = logging.getLogger(__name__)

EXTRA = "spark"
#: Spark settings for a quiet, light local run (tests, a laptop); a cluster's own
#: configuration wins for everything not set here.
LOCAL_CONF: dict[str, str] = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    # A local run writes small tables: few shuffle partitions, few small files.
    "spark.sql.shuffle.partitions": "4",
}


@dataclass
class JobSummary:
    #: Rows written per table.
    rows: dict[str, int] = field(default_factory=dict)
    #: Failures per error code.
    failures: dict[str, int] = field(default_factory=dict)
    #: Failures counted but not written (``--ignore CODE``), per code.
    ignored: dict[str, int] = field(default_factory=dict)
    paths: int = 0
    partitions: int = 0
    #: Wall seconds analysing (reading the path list included) and writing the tables.
    analyse_seconds: float = 0.0
    write_seconds: float = 0.0

    @property
    def failed(self) -> int:
        return sum(self.failures.values())


def _pyspark() -> Any:
    try:
        import pyspark
    except ImportError as e:
        raise SparkJobError(f"the Spark job needs pyspark: pip install 'rasd[{EXTRA}]'") from e
    return pyspark


def session(master: str | None = None, *, app_name: str = "rasd",
            conf: dict[str, str] | None = None) -> Any:
    """A SparkSession (``master`` None: spark-submit's); a local one (``local[2]``) quiet and
    light. Executors run this very Python (``PYSPARK_PYTHON``) unless the environment names
    another."""
    _pyspark()
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        for key, value in LOCAL_CONF.items():
            builder = builder.config(key, value)
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def run(spark: Any, paths_file: str, out: str, options: JobOptions, *,
        partitions: int | None = None, overwrite: bool = False) -> JobSummary:
    """Analyse every record of the paths listed in ``paths_file`` and write the tables
    under ``out`` (``out/events/published_day=…/``); see the module doc."""
    if "://" not in out and Path(out).exists() and not overwrite:
        raise SparkJobError("the output exists (give --overwrite to replace it)", where=out)
    from pyspark import StorageLevel

    sc = spark.sparkContext
    t0 = time.perf_counter()
    # The path list is small (a month of CC-News is a few hundred WARC files): read by
    # Spark (so hdfs://, s3a:// and .gz lists work), collected, and sliced evenly.
    paths = [p for p in (line.strip() for line in sc.textFile(paths_file).collect())
             if p and not p.startswith("#")]
    summary = JobSummary(paths=len(paths))
    if not paths:
        raise SparkJobError("no paths in the path list", where=paths_file)
    n = max(1, min(partitions or len(paths), len(paths)))
    summary.partitions = n
    # Contiguous, even slices (not repartition()'s random start): N paths on N partitions
    # are one each, a path being the unit of work.
    spread = sc.parallelize(paths, n)
    rows = spread.mapPartitions(lambda it: map(_combined, analyse_paths(it, options)))
    # One DataFrame of every table's rows (a struct column per table), cached in the JVM:
    # the analysis runs once, and each table is then selected and written by Spark alone,
    # without a further pass of the rows through Python. Typed already
    # (SparkTable.to_tuple): no per-value check in Python.
    frame = spark.createDataFrame(rows, schema=combined_ddl(), verifySchema=False)
    frame = frame.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        counts = frame.groupBy("table", "code").count().collect()  # analyses, caches
        summary.analyse_seconds = time.perf_counter() - t0
        log.info("analysed %d paths in %.1f s", len(paths), summary.analyse_seconds)
        for table, code, count in counts:
            if table == IGNORED:
                summary.ignored[code or ""] = count
                continue
            summary.rows[table] = summary.rows.get(table, 0) + count
            if code is not None:
                summary.failures[code] = summary.failures.get(code, 0) + count
        mode = "overwrite" if overwrite else "errorifexists"
        for name, table in TABLES.items():
            columns = [f"`{name}`.*", *([PARTITION_COLUMN] if table.partitioned else [])]
            writer = frame.where(frame["table"] == name).select(*columns).write.mode(mode)
            if table.partitioned:
                writer = writer.partitionBy(PARTITION_COLUMN)
            writer.parquet(f"{out.rstrip('/')}/{name}")
            log.info("wrote %s after %.1f s", name, time.perf_counter() - t0)
            summary.rows.setdefault(name, 0)
    finally:
        frame.unpersist()
    summary.write_seconds = time.perf_counter() - t0 - summary.analyse_seconds
    log.info("spark job: %d paths in %.1f s, %s", len(paths), time.perf_counter() - t0,
             summary.rows)
    return summary


def combined_ddl() -> str:
    """The schema of the job's one cached DataFrame: the row's table, its failure code,
    its publication day, then one struct column per table (all null but its table's)."""
    structs = [f"`{name}` STRUCT<{', '.join(f'`{c}`: {t}' for c, t in table.columns)}>"
               for name, table in TABLES.items()]
    return ", ".join(["`table` STRING", "`code` STRING", f"`{PARTITION_COLUMN}` STRING",
                      *structs])


def _combined(row: TableRow) -> tuple[Any, ...]:
    """A partition's ``(table, values)`` as a row of :func:`combined_ddl`."""
    name, values = row
    if name == IGNORED:
        return (name, values[0], None, *(None for _ in TABLES))
    table = TABLES[name]
    fields, day = (values[:-1], values[-1]) if table.partitioned else (values, None)
    code = values[2] if name == "failures" else None
    return (name, code, day, *(fields if other == name else None for other in TABLES))


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="rasd.spark.job", description="rasd on Spark: a path list to Parquet tables")
    add_job_arguments(p)
    p.add_argument("--master", help="Spark master (default: spark-submit's)")
    return p


def options_from(args: argparse.Namespace) -> JobOptions:
    return JobOptions(stored=datetime.now(UTC).isoformat(timespec="seconds"),
                      input_format=args.input_format, fields=args.fields,
                      prefix=args.prefix, temp_dir=args.temp_dir,
                      ignore=frozenset(args.ignore))


def describe(summary: JobSummary) -> str:
    tables = ", ".join(f"{summary.rows.get(t, 0)} {t}" for t in TABLES if t != "failures")
    line = f"{summary.paths} paths on {summary.partitions} partitions: {tables}"
    if summary.failures:
        codes = ", ".join(f"{c} {n}" for c, n in sorted(summary.failures.items()))
        line += f"; {summary.failed} failures ({codes})"
    if summary.ignored:
        codes = ", ".join(f"{c} {n}" for c, n in sorted(summary.ignored.items()))
        line += f"; ignored: {codes}"
    return line


def run_from_args(args: argparse.Namespace, err: TextIO) -> int:
    """Run the job as ``rasd spark`` and ``spark-submit job.py`` do: the summary (or the
    error) on ``err``; exit 0, 1 when some records failed, 2 when the job cannot run."""
    try:
        spark = session(args.master)
        try:
            summary = run(spark, args.paths_file, args.out, options_from(args),
                          partitions=args.partitions, overwrite=args.overwrite)
        finally:
            spark.stop()
    except RasdError as e:
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return 2
    print(f"rasd: {describe(summary)}", file=err)
    return 1 if summary.failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="rasd: %(levelname)s: %(message)s")
    return run_from_args(args, sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
