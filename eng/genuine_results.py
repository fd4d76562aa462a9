#!/usr/bin/env python3
"""Turns the genuine kernel's per-cell JSON lines (run-notebook --kinds --values) into the results that the
differential corpus compares, or summarises a course notebook's run.

  genuine_results.py corpus NOTEBOOK.ipynb RUN.jsonl      -> the corpus expectations (JSON) on stdout
  genuine_results.py summary RUN.jsonl                     -> one line: cells ok/failed, charts, plotly.js copies
  genuine_results.py page RUN.jsonl                        -> an HTML page of the run's HTML outputs, on stdout

The corpus results hold, per cell id: whether it succeeded, the first line of its error, and its outputs as a
Jupyter front end ends up showing them: updates applied in place, consecutive stream writes merged, each output
with its kind, its MIME types and its text (text/plain where the kernel sent one, otherwise the text of its HTML
with styles and scripts left out). The C# half of the check (DifferentialCorpusTests) normalises our engine's
outputs the same way.
"""
import html.parser
import json
import re
import sys

KINDS = {
    "StandardOutputValueProduced": "stream:stdout",
    "StandardErrorValueProduced": "stream:stderr",
    "ReturnValueProduced": "execute_result",
    "DisplayedValueProduced": "display_data",
    "DisplayedValueUpdated": "update",
}


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(markup):
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return " ".join("".join(parser.parts).split())


def normalise_text(text):
    """Timings and submission numbers differ from run to run and kernel to kernel."""
    return re.sub(r"Submission#[0-9]+", "Submission#<n>", re.sub(r"Wall time: [0-9.]+ms", "Wall time: <t>ms", text))


def events(outputs):
    """Groups the per-MIME entries back into events: a new event starts when the kind changes or a MIME type repeats."""
    grouped = []
    for entry in outputs:
        last = grouped[-1] if grouped else None
        if last and last["kind"] == entry["kind"] and entry["mime"] not in last["values"] and not entry["kind"].startswith("stream"):
            last["values"][entry["mime"]] = entry.get("value") or ""
        else:
            grouped.append({"kind": KINDS.get(entry["kind"], entry["kind"]), "values": {entry["mime"]: entry.get("value") or ""}})
    return grouped


def shown(outputs):
    """What a front end shows at the end: updates replace the last display, stream writes merge."""
    result = []
    for event in events(outputs):
        kind = event["kind"]
        if kind == "update":
            for earlier in reversed(result):
                if earlier["kind"] == "display_data":
                    earlier["values"] = event["values"]
                    break
            continue
        if kind.startswith("stream") and result and result[-1]["kind"] == kind:
            result[-1]["values"]["text/plain"] += event["values"]["text/plain"]
            continue
        result.append(event)
    return [
        {
            "kind": o["kind"],
            "mimes": sorted(o["values"]),
            "text": normalise_text(o["values"]["text/plain"] if "text/plain" in o["values"] else html_text(o["values"].get("text/html", ""))),
        }
        for o in result
    ]


def read_run(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def corpus(notebook_path, run_path):
    cells = json.load(open(notebook_path, encoding="utf-8"))["cells"]
    results = {}
    for line in read_run(run_path):
        cell = cells[line["index"]]
        error = normalise_text((line.get("error") or "").split("\n")[0])
        results[cell["id"]] = {"success": line["success"], "error": error, "outputs": shown(line["outputs"])}
    return results


def summary(run_path):
    lines = read_run(run_path)
    failed = [l for l in lines if not l["success"]]
    page = "".join(o.get("value") or "" for l in lines for o in l["outputs"] if o["mime"] == "text/html")
    charts = len(re.findall(r'<figure class="mk mk-chart"', page))
    copies = len(re.findall(r"data-plotly-version=", page))
    first = "" if not failed else f" first failure: cell {failed[0]['index']}: {(failed[0].get('error') or '').splitlines()[0][:160]}"
    return f"{len(lines) - len(failed)}/{len(lines)} cells ok, {charts} charts, {copies} plotly.js copies{first}", not failed, charts, copies


def page(run_path):
    body = "\n".join(o.get("value") or "" for l in read_run(run_path) for o in l["outputs"] if o["mime"] == "text/html")
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>genuine kernel outputs</title></head><body>\n{body}\n</body></html>\n"


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "corpus" and len(sys.argv) == 4:
        json.dump(corpus(sys.argv[2], sys.argv[3]), sys.stdout, indent=1, ensure_ascii=False, sort_keys=True)
        sys.stdout.write("\n")
    elif mode == "summary" and len(sys.argv) == 3:
        text, ok, charts, copies = summary(sys.argv[2])
        print(text)
        sys.exit(0 if ok and (charts == 0 or copies == 1) else 1)
    elif mode == "page" and len(sys.argv) == 3:
        sys.stdout.write(page(sys.argv[2]))
    else:
        sys.stderr.write(__doc__)
        sys.exit(2)
