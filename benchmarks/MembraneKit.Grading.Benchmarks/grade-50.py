#!/usr/bin/python3
"""Times `membranekit grade` on 50 submissions of the shipped homework, each in its own sandboxed worker.

What is measured, as an instructor meets it: the wall time of one `membranekit grade SUBMITTED --source
SOURCE --manifest assignment.json --out DIR --parallel 2` process, from start to grades.csv written. That
includes the check of the source against its own tests (one unconfined run, which also warms the package
cache) and 50 submissions, each in a worker process started inside a Landlock sandbox, with its own scratch
folder, a GC heap limit and cell and notebook time limits. The class: 50 students released by `assign` with
per-student values; a third answer everything correctly, a third answer partly wrong, a third nothing.
Target (issue 10): at most 60 s on a 2-core machine. The load average before and after is printed: other work on
the machine slows the figure, so measure at a quiet moment; on a busy machine compare the CPU time instead.
Measured (README, benchmark table): 62.5 s wall, 111.5 s CPU on a quiet machine; 65.9 s, 119.1 s CPU after the
session that added the junction physics and the sanitizer-safe displays (load 5). Exit code 0 when the target is met, 1 when not, 2
when grading failed or the tools could not be prepared.

Usage (from anywhere in the repository, with Debian's Python):
  /usr/bin/python3 benchmarks/MembraneKit.Grading.Benchmarks/grade-50.py [--tool PATH] [--students N] [--skip-setup]
Without --tool this checkout's command is packed (ReadyToRun, as users install it) and installed into a
temporary tool path. The kit is packed into artifacts/packages first (`membranekit setup`; --skip-setup when
it is), which the homework loads.
"""

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 60.0
STEP_TIMEOUT_S = 1800


def repository_root() -> Path:
    folder = Path(__file__).resolve().parent
    while not (folder / "Directory.Packages.props").exists():
        if folder.parent == folder:
            sys.exit("Run this from inside the repository.")
        folder = folder.parent
    return folder


def run(args, cwd, timeout=STEP_TIMEOUT_S):
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                            env={**os.environ, "DOTNET_CLI_TELEMETRY_OPTOUT": "1", "MSBUILDDISABLENODEREUSE": "1"})
    if result.returncode != 0:
        print(result.stdout[-4000:], result.stderr[-4000:], sep="\n", file=sys.stderr)
        raise SystemExit(f"{args[0]} {' '.join(args[1:3])} failed with exit code {result.returncode}")
    return result


def install_tool(root: Path, work: Path) -> Path:
    feed, tools = work / "feed", work / "tools"
    version = time.strftime("0.0.0-gbench%Y%m%d%H%M%S", time.gmtime())
    print("Packing and installing this checkout's membranekit (ReadyToRun)…", flush=True)
    run(["dotnet", "pack", "src/MembraneKit.Cli", "-c", "Release", "-o", str(feed), f"-p:Version={version}", "--nologo"], root)
    run(["dotnet", "tool", "install", "MembraneKit.Cli", "--version", version, "--tool-path", str(tools), "--add-source", str(feed)], root)
    return tools / "membranekit"


def make_class(source: Path, release: Path, submitted: Path, students: int) -> None:
    solutions = {}
    for cell in json.loads(source.read_text())["cells"]:
        meta = cell["metadata"].get("nbgrader", {})
        if meta.get("solution") and cell["cell_type"] == "code":
            solutions[meta["grade_id"]] = cell["source"]
    for number in range(students):
        student = f"s{number:03d}"
        notebook = json.loads((release / student / source.name).read_text())
        kind = number % 3
        for cell in notebook["cells"]:
            grade_id = cell["metadata"].get("nbgrader", {}).get("grade_id")
            if grade_id in solutions and kind != 2:
                cell["source"] = solutions[grade_id]
                if kind == 1 and grade_id == "resting-potential":
                    cell["source"] = "Voltage RestingPotential(Membrane membrane) => membrane.Nernst(Ion.Potassium).Potential;"
        (submitted / student).mkdir(parents=True)
        (submitted / student / source.name).write_text(json.dumps(notebook, ensure_ascii=False, indent=1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tool", help="an installed membranekit to measure (default: pack and install this checkout's)")
    parser.add_argument("--students", type=int, default=50)
    parser.add_argument("--parallel", type=int, default=2)
    parser.add_argument("--skip-setup", action="store_true", help="the kit is already packed into artifacts/packages")
    options = parser.parse_args()
    root = repository_root()
    source = root / "notebooks" / "homework" / "hyperkalemia-homework.ipynb"
    work = Path(tempfile.mkdtemp(prefix="membranekit-grade-bench-"))
    try:
        tool = Path(options.tool).resolve() if options.tool else install_tool(root, work)
        if not options.skip_setup:
            print("Packing the kit (membranekit setup)…", flush=True)
            run([str(tool), "setup", "--repo", str(root)], root)
        roster = work / "students.csv"
        roster.write_text("id,name\n" + "".join(f"s{n:03d},\n" for n in range(options.students)))
        run([str(tool), "assign", str(source), "--out", str(work / "release"), "--roster", str(roster), "--seed", "50"], root)
        make_class(source, work / "release", work / "submitted", options.students)

        load_before = os.getloadavg()
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        result = subprocess.run([str(tool), "grade", str(work / "submitted"), "--source", str(source),
                                 "--manifest", str(work / "release" / "assignment.json"), "--out", str(work / "graded"),
                                 "--parallel", str(options.parallel)],
                                cwd=work, capture_output=True, text=True, timeout=STEP_TIMEOUT_S)
        seconds = time.monotonic() - start
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        load_after = os.getloadavg()
        if result.returncode != 0:
            print(result.stdout[-4000:], result.stderr[-4000:], sep="\n", file=sys.stderr)
            print(f"grade failed with exit code {result.returncode}", file=sys.stderr)
            return 2
        lines = result.stdout.splitlines()
        check = next((line.strip() for line in lines if "the source earns" in line), "")
        sandbox = next((line for line in lines if "sandbox:" in line), "")
        with open(work / "graded" / "grades.csv", newline="") as table:
            rows = list(csv.DictReader(table))
        totals = {}
        for row in rows:
            totals[row["total"]] = totals.get(row["total"], 0) + 1
        cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
        print(f"graded {len(rows)} submissions in {seconds:.1f} s wall, {cpu:.1f} s CPU "
              f"({seconds / max(1, len(rows)):.2f} s per submission; target ≤ {TARGET_S:.0f} s for 50)")
        print(f"  {check}")
        print(f"  {sandbox.strip()}")
        print(f"  totals: {', '.join(f'{count} × {total}' for total, count in sorted(totals.items()))}")
        print(f"  load average (1, 5, 15 min) before: {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}, "
              f"after: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}; {os.cpu_count()} cores")
        return 0 if seconds <= TARGET_S else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
