"""Airflow DAG: the nightly stancelens run with SparkSubmitOperator (apache-airflow-providers-apache-spark).

One run per day processes the day's input folder into partition date={{ ds }} of every table. Reruns and
backfills are safe: a rerun of a date replaces its partitions with identical contents, and articles already
processed on an earlier date are skipped (pass --reprocess in application_args to annotate them again).

Exit codes of the job: 0 done; 1 failed (earlier partitions intact; Airflow's retries rerun the date);
2 bad arguments (a DAG or configuration error: retries will not help); 3 input not there yet. The sensor
waits for the input so that a missing input does not burn retries.

Configuration (Airflow Variables, nothing here knows the repository's data/):
  stancelens_jar     path or URL of jobs/target/stancelens-jobs-VERSION-submit.jar
  stancelens_input   input folder with {ds} for the date, e.g. /data/news/{ds}
  stancelens_output  the tables' directory, e.g. /data/stancelens/tables
The Spark connection (conn_id spark_default) names the master: spark://host:7077, yarn or k8s://...
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator
from airflow.sensors.filesystem import FileSensor

INPUT = "{{ var.value.stancelens_input.replace('{ds}', ds) }}"

with DAG(
    dag_id="stancelens_nightly",
    description="CoreNLP sentiment, quotes and stance over the day's news, into date partitions",
    schedule="30 2 * * *",
    start_date=datetime(2025, 3, 1),
    catchup=True,           # backfills are safe: each date is its own partition
    max_active_runs=1,      # dates in order: a date skips articles processed on earlier dates
    default_args={"retries": 2, "retry_delay": timedelta(minutes=15)},
    tags=["stancelens"],
) as dag:
    input_ready = FileSensor(
        task_id="input_ready",
        filepath=INPUT,
        poke_interval=300,
        timeout=6 * 3600,
        mode="reschedule",
    )

    run = SparkSubmitOperator(
        task_id="stancelens_run",
        conn_id="spark_default",
        application="{{ var.value.stancelens_jar }}",
        java_class="io.stancelens.cli.Main",
        application_args=[
            "run",
            "--input", INPUT,
            "--output", "{{ var.value.stancelens_output }}",
            "--date", "{{ ds }}",
        ],
        deploy_mode="client",
        driver_memory="1g",
        executor_memory="3g",      # one CoreNLP pipeline (~2-3 GB) per executor JVM
        executor_cores=2,          # task threads share the executor's pipeline
        num_executors=4,           # YARN / Kubernetes
        total_executor_cores=8,    # standalone
        conf={
            "spark.task.maxFailures": "4",
            "spark.sql.session.timeZone": "UTC",
        },
        name="stancelens run {{ ds }}",
        verbose=False,
    )

    input_ready >> run
