#!/usr/bin/python3
"""Times every course notebook through nbclient on our kernel against `membranekit run` of the same notebook.

Both sides are measured the way a user meets them, from start to the executed copy written:
  run       `membranekit run NOTEBOOK --out DIR` as a process (start, every cell, the copy written);
  nbclient  nbclient starts our kernel from its kernelspec (the notebook's `.net-csharp`, installed with
            `membranekit kernel install --prefix`), runs every cell, shuts the kernel down, and the copy is
            written with nbformat.
The two alternate, notebook by notebook, REPEAT times; the table gives each side's median and the ratio
nbclient / run (target: at most 1.5). Exit code 0 when every ratio meets it, 1 when one does not, 2 when a
notebook failed or the tools could not be prepared.

Usage (from anywhere in the repository, with Debian's Python):
  /usr/bin/python3 benchmarks/MembraneKit.Kernel.Benchmarks/nbclient-vs-run.py [--tool PATH] [--repeat N]
Without --tool this checkout's command is packed (ReadyToRun) and installed into a temporary tool path.
The kit is packed into artifacts/packages first (`membranekit setup`; --skip-setup when it is), which the
notebooks load.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

CELL_TIMEOUT_S = 600
STEP_TIMEOUT_S = 1800


def repository_root() -> Path:
    folder = Path(__file__).resolve().parent
    while not (folder / "Directory.Packages.props").exists():
        if folder.parent == folder:
            sys.exit("Run this script from inside the repository (no Directory.Packages.props above it).")
        folder = folder.parent
    return folder


def check(command, cwd, env=None):
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=STEP_TIMEOUT_S)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


def install_tool(root: Path, work: Path) -> Path:
    version = time.strftime("0.0.0-nbbench%Y%m%d%H%M%S", time.gmtime())
    feed, tools = work / "feed", work / "tools"
    print(f"Packing and installing this checkout's membranekit {version} …", flush=True)
    check(["dotnet", "pack", "src/MembraneKit.Cli", "-c", "Release", "-o", feed, f"-p:Version={version}", "--nologo"], root)
    check(["dotnet", "tool", "install", "MembraneKit.Cli", "--version", version, "--tool-path", tools, "--add-source", feed], root)
    return tools / "membranekit"


def time_run(tool: Path, notebook: Path, out: Path, env) -> float:
    start = time.perf_counter()
    done = subprocess.run([tool, "run", notebook, "--out", out], cwd=notebook.parent, env=env,
                          capture_output=True, text=True, timeout=STEP_TIMEOUT_S)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"membranekit run {notebook.name} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return elapsed


def time_nbclient(notebook: Path, out: Path) -> float:
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    nb = nbformat.read(notebook, as_version=4)
    # No kernel name given: nbclient takes the notebook's own (.net-csharp), as a user's front end does.
    client = NotebookClient(nb, timeout=CELL_TIMEOUT_S, startup_timeout=60, resources={"metadata": {"path": str(notebook.parent)}})
    # The kernel's log goes beside the executed copy, not into the table.
    with open(out / f"{notebook.stem}.kernel.log", "a") as log:
        client.execute(stderr=log)
    nbformat.write(nb, out / notebook.name)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tool", type=Path, help="an installed membranekit (default: pack and install this checkout)")
    parser.add_argument("--repeat", type=int, default=3, help="measurements per notebook and side (default 3)")
    parser.add_argument("--notebooks", type=Path, help="the notebooks' folder (default: the repository's notebooks/)")
    parser.add_argument("--skip-setup", action="store_true", help="the kit is packed already: skip `membranekit setup`")
    arguments = parser.parse_args()
    if arguments.repeat < 1:
        parser.error(f"--repeat must be at least 1 (got {arguments.repeat})")

    root = repository_root()
    folder = (arguments.notebooks or root / "notebooks").resolve()
    notebooks = sorted(folder.glob("*.ipynb"))
    if not notebooks:
        print(f"No notebooks (*.ipynb) in {folder}.", file=sys.stderr)
        return 2

    work = Path(tempfile.mkdtemp(prefix="membranekit-nbbench-"))
    try:
        tool = arguments.tool.resolve() if arguments.tool else install_tool(root, work)
        if not tool.is_file():
            print(f"--tool {tool} is not a file; give the path of an installed membranekit.", file=sys.stderr)
            return 2

        jupyter = work / "jupyter"
        os.environ.update({
            "JUPYTER_PATH": str(jupyter / "prefix" / "share" / "jupyter"),
            "JUPYTER_RUNTIME_DIR": str(jupyter / "runtime"),
            "JUPYTER_DATA_DIR": str(jupyter / "data"),
            "JUPYTER_CONFIG_DIR": str(jupyter / "config"),
            "JUPYTER_PLATFORM_DIRS": "0",
            "DOTNET_CLI_TELEMETRY_OPTOUT": "1",
        })
        env = dict(os.environ)
        if not arguments.skip_setup:
            print("Packing the kit into artifacts/packages (membranekit setup) …", flush=True)
            check([tool, "setup", "--repo", root], root, env)
        check([tool, "kernel", "install", "--prefix", jupyter / "prefix"], root, env)

        # One unmeasured pass on each side: package restores and the disk cache are warm for both alike.
        print(f"Warming up with {notebooks[0].name} …", flush=True)
        time_run(tool, notebooks[0], work / "warm-run", env)
        time_nbclient(notebooks[0], work / "warm-nbclient")

        rows = []
        for notebook in notebooks:
            runs, clients = [], []
            for i in range(arguments.repeat):
                runs.append(time_run(tool, notebook, work / f"run-{i}", env))
                clients.append(time_nbclient(notebook, work / f"nbclient-{i}"))
            run_s, client_s = statistics.median(runs), statistics.median(clients)
            rows.append((notebook.stem, run_s, min(runs), max(runs), client_s, min(clients), max(clients), client_s / run_s))
            print(f"  {notebook.stem}: run {run_s:.2f} s, nbclient {client_s:.2f} s", flush=True)
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as problem:
        print(f"Failed: {problem}", file=sys.stderr)
        return 2
    except Exception as problem:  # nbclient's CellExecutionError and DeadKernelError name the cell
        print(f"Failed: {type(problem).__name__}: {problem}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(work, ignore_errors=True)

    width = max(len(row[0]) for row in rows)
    print()
    print(f"{'notebook':<{width}}  {'run median (min–max) s':>24}  {'nbclient median (min–max) s':>28}  {'ratio':>6}  ≤ 1.5×")
    for name, run_s, run_min, run_max, client_s, client_min, client_max, ratio in rows:
        print(f"{name:<{width}}  {f'{run_s:.2f} ({run_min:.2f}–{run_max:.2f})':>24}  {f'{client_s:.2f} ({client_min:.2f}–{client_max:.2f})':>28}  {ratio:>6.2f}  {'yes' if ratio <= 1.5 else 'NO'}")
    ratios = [row[7] for row in rows]
    print(f"\n{len(rows)} notebooks, {arguments.repeat} measurements per side; ratio median {statistics.median(ratios):.2f}, max {max(ratios):.2f} (target ≤ 1.5).")
    return 0 if max(ratios) <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
