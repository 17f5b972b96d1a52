"""rasd on Spark (``rasd spark``, ``spark-submit src/rasd/spark/job.py``): Common Crawl's
cc-pyspark pattern. The input is a text file of WARC (or JSONL, CSV, HTML, any rasd input)
paths, one a line; each Spark partition builds one pipeline and streams its paths' records
through :mod:`rasd.io`; the output is Parquet tables (documents, entities, events, quotes,
comments; partitioned by publication day) with the columns of the exports and the store,
and a ``failures`` table. See ``docs/scale.md``.

Only :mod:`rasd.spark.job` imports pyspark (``pip install 'rasd[spark]'``); the tables
(:mod:`rasd.spark.tables`) and the per-partition work (:mod:`rasd.spark.partition`) are
plain Python, tested without Spark.
"""
