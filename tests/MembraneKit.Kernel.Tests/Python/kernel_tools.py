"""Helpers the kernel's Python tests share: start this build's kernel through jupyter_client and run cells.

The kernelspec is found through JUPYTER_PATH, which the xunit side points at a temporary folder where
`membranekit kernel install --prefix` put it. Every wait has a limit, so a broken kernel fails a test
instead of hanging it.
"""
import queue
import time

from jupyter_client.manager import start_new_kernel

KERNEL_NAME = ".net-csharp"
TIMEOUT = 60


def start_kernel():
    """Starts the kernel as front ends do (kernelspec, connection file, all five channels) and waits for it."""
    return start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=TIMEOUT)


def stop_kernel(km, kc):
    kc.stop_channels()
    km.shutdown_kernel(now=False)


def collect(kc, msg_id, timeout=TIMEOUT):
    """The IOPub messages whose parent is msg_id, up to and including its idle status."""
    deadline = time.monotonic() + timeout
    found = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError(f"no idle status for {msg_id} within {timeout} s; got {[m['msg_type'] for m in found]}")
        try:
            msg = kc.get_iopub_msg(timeout=remaining)
        except queue.Empty:
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        found.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return found


def reply_to(kc, msg_id, timeout=TIMEOUT):
    """The shell reply to msg_id (replies to other requests are skipped)."""
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError(f"no reply to {msg_id} within {timeout} s")
        reply = kc.get_shell_msg(timeout=remaining)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def execute(kc, code, timeout=TIMEOUT, **options):
    """Runs a cell; returns its reply and its IOPub messages (status included)."""
    msg_id = kc.execute(code, **options)
    reply = reply_to(kc, msg_id, timeout)
    return reply, collect(kc, msg_id, timeout)


def of_type(messages, msg_type):
    return [m for m in messages if m["msg_type"] == msg_type]


def stdout(messages):
    return "".join(m["content"]["text"] for m in of_type(messages, "stream") if m["content"]["name"] == "stdout")


def result_text(messages):
    results = of_type(messages, "execute_result")
    return results[-1]["content"]["data"]["text/plain"] if results else None
