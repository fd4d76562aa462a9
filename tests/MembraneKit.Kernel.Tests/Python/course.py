"""Runs course notebooks with nbclient on the kernel their metadata names, and validates the executed copies.

Usage: python3 course.py OUT_FOLDER NOTEBOOK...

No kernel name is given: nbclient takes it from each notebook's `metadata.kernelspec.name` (`.net-csharp`),
which JUPYTER_PATH resolves to this build's kernelspec. Each kernel starts in the notebook's own folder, as a
front end starts it, so the folder's NuGet.config names the kit's local feed. Every executed copy is written
to OUT_FOLDER (even one that failed part-way, so the test can show what it holds) and checked with the
official nbformat validator. The last line printed is a JSON summary: per notebook, its seconds, the error
nbclient raised (or null) and the validator's complaint (or null). Every wait has a limit: a cell may run
CELL_TIMEOUT seconds, a kernel may take STARTUP_TIMEOUT seconds to answer.
"""
import json
import os
import sys
import time

import nbformat
from nbclient import NotebookClient

CELL_TIMEOUT = 120
STARTUP_TIMEOUT = 60


def run(path, out_folder):
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT,
        startup_timeout=STARTUP_TIMEOUT,
        allow_errors=False,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
    )
    started = time.monotonic()
    error = None
    try:
        client.execute()
    except Exception as e:  # the copy is still written: the test reports what the notebook held
        error = f"{type(e).__name__}: {e}"
    seconds = time.monotonic() - started
    executed = os.path.join(out_folder, os.path.basename(path))
    nbformat.write(notebook, executed)
    invalid = None
    try:
        nbformat.validate(nbformat.read(executed, as_version=4))
    except nbformat.ValidationError as e:
        invalid = str(e)
    return {"notebook": os.path.basename(path), "seconds": round(seconds, 2), "error": error, "invalid": invalid}


def main(out_folder, paths):
    os.makedirs(out_folder, exist_ok=True)
    results = []
    for path in paths:
        result = run(path, out_folder)
        print(f"{result['notebook']}: {result['seconds']} s{'' if result['error'] is None else ' — ' + result['error'].splitlines()[0]}", file=sys.stderr, flush=True)
        results.append(result)
    print(json.dumps(results))
    return 0 if all(r["error"] is None and r["invalid"] is None for r in results) else 1


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
