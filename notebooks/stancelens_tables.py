"""Load stancelens Parquet tables into pandas: one folder per table, partitioned by date (hive style)."""
from __future__ import annotations

import os
from datetime import date as Date

import pandas as pd
import pyarrow.dataset as ds


def table_path(tables_dir: str, name: str) -> str:
    return os.path.join(tables_dir, name)


def has_table(tables_dir: str, name: str) -> bool:
    return os.path.isdir(table_path(tables_dir, name))


def load(tables_dir: str, name: str, date: str | None = None, columns: list[str] | None = None) -> pd.DataFrame:
    """Read a table (all dates, or one date as 'YYYY-MM-DD') with pyarrow; `date` comes back as a column."""
    path = table_path(tables_dir, name)
    if not os.path.isdir(path):
        raise FileNotFoundError(f"no table '{name}' under {tables_dir}: run ./stancelens run first")
    dataset = ds.dataset(path, format="parquet", partitioning="hive")
    flt = None
    if date is not None:
        flt = ds.field("date") == pd.Timestamp(Date.fromisoformat(str(date))).date()
    frame = dataset.to_table(filter=flt, columns=columns).to_pandas()
    if "date" in frame.columns:
        frame["date"] = pd.to_datetime(frame["date"].astype(str))
    return frame
