"""A hostile corpus against one kernel process: forged, replayed, malformed, oversized and unknown
messages, and a client that vanishes mid-execution. After each case a well-behaved client must still
get its cell run. The kernel is started by hand (as a front end would) so its log can be read: every
dropped message must be logged, the key never.

Run as `python3 hostile.py`; it starts `$MEMBRANEKIT_KERNEL_COMMAND kernel start` itself."""
import os
import shutil
import subprocess
import tempfile
import time
import unittest
import uuid

import zmq
from jupyter_client import BlockingKernelClient
from jupyter_client.connect import write_connection_file
from jupyter_client.session import Session

from kernel_tools import TIMEOUT, collect, execute, reply_to, result_text, stdout

MAX_MESSAGE_MIB = 1
CELL_TIMEOUT_SECONDS = 4


class HostileCorpusTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.mkdtemp(prefix="membranekit-hostile-")
        cls.key = uuid.uuid4().hex
        cls.connection_file, cls.info = write_connection_file(
            os.path.join(cls.folder, "kernel.json"), key=cls.key.encode(), signature_scheme="hmac-sha256")
        cls.log_path = os.path.join(cls.folder, "kernel.log")
        cls.log = open(cls.log_path, "w")
        cls.process = subprocess.Popen(
            [os.environ["MEMBRANEKIT_KERNEL_COMMAND"], "kernel", "start", "--connection-file", cls.connection_file,
             "--max-message-mib", str(MAX_MESSAGE_MIB), "--cell-timeout", str(CELL_TIMEOUT_SECONDS)],
            stdout=subprocess.DEVNULL, stderr=cls.log, stdin=subprocess.DEVNULL)
        cls.kc = cls.client()
        cls.kc.wait_for_ready(timeout=TIMEOUT)
        cls.context = zmq.Context()

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.process.kill()
        cls.process.wait(timeout=TIMEOUT)
        cls.log.close()
        cls.context.destroy(linger=0)
        shutil.rmtree(cls.folder, ignore_errors=True)

    @classmethod
    def client(cls):
        kc = BlockingKernelClient(connection_file=cls.connection_file)
        kc.load_connection_file()
        kc.start_channels()
        return kc

    def setUp(self):
        self.assertIsNone(self.process.poll(), "the kernel process has died")

    def tearDown(self):
        # after every case, a well-behaved client is still served
        self.assertIsNone(self.process.poll(), "the kernel process died")
        reply, messages = execute(self.kc, "6 * 7")
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual(result_text(messages), "42")
        self.assertNotIn(self.key, self.log_text(), "the kernel logged its key")

    def log_text(self):
        self.log.flush()
        with open(self.log_path) as log:
            return log.read()

    def wait_for_log(self, needle, timeout=10):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.log_text():
                return
            time.sleep(0.05)
        self.fail(f"the kernel's log never said {needle!r}:\n{self.log_text()}")

    def raw_shell(self):
        socket = self.context.socket(zmq.DEALER)
        socket.setsockopt(zmq.LINGER, 0)
        socket.setsockopt(zmq.IDENTITY, uuid.uuid4().hex.encode())
        socket.connect(f"tcp://{self.info['ip']}:{self.info['shell_port']}")
        self.addCleanup(socket.close)
        return socket

    def assert_nothing_arrives(self, socket, seconds=1.0):
        self.assertEqual(socket.poll(int(seconds * 1000)), 0, "the kernel answered a message it should have dropped")

    def signed_frames(self, msg_type, content, key=None):
        session = Session(key=(key or self.key).encode(), signature_scheme="hmac-sha256")
        return session.serialize(session.msg(msg_type, content))

    def assert_not_run(self, marker):
        """A cell that would print marker was never run: nothing with it reached IOPub."""
        time.sleep(0.5)
        while True:
            try:
                msg = self.kc.get_iopub_msg(timeout=0.2)
            except Exception:
                return
            self.assertNotIn(marker, str(msg["content"]))

    def test_a_forged_signature_is_dropped_and_logged(self):
        socket = self.raw_shell()
        socket.send_multipart(self.signed_frames("execute_request", {"code": 'Console.WriteLine("FORGED");', "silent": False}, key="not-the-key"))
        self.assert_nothing_arrives(socket)
        self.assert_not_run("FORGED")
        self.wait_for_log("signature does not match")

    def test_a_missing_signature_is_dropped_and_logged(self):
        socket = self.raw_shell()
        frames = self.signed_frames("execute_request", {"code": 'Console.WriteLine("UNSIGNED");', "silent": False})
        frames[1] = b""
        socket.send_multipart(frames)
        self.assert_nothing_arrives(socket)
        self.assert_not_run("UNSIGNED")
        self.wait_for_log("it is not signed")

    def test_an_altered_message_is_dropped(self):
        socket = self.raw_shell()
        frames = self.signed_frames("execute_request", {"code": 'Console.WriteLine("ORIGINAL");', "silent": False})
        frames[5] = frames[5].replace(b"ORIGINAL", b"ALTERED!")
        socket.send_multipart(frames)
        self.assert_nothing_arrives(socket)
        self.assert_not_run("ALTERED!")

    def test_a_replayed_message_runs_once(self):
        socket = self.raw_shell()
        frames = self.signed_frames("kernel_info_request", {})
        socket.send_multipart(frames)
        self.assertEqual(socket.poll(TIMEOUT * 1000), zmq.POLLIN)
        socket.recv_multipart()
        socket.send_multipart(frames)
        self.assert_nothing_arrives(socket)
        self.wait_for_log("replay")

    def test_malformed_json_frames_are_dropped(self):
        socket = self.raw_shell()
        session = Session(key=self.key.encode(), signature_scheme="hmac-sha256")
        for header, content in [(b"{not json", b"{}"), (b"[1, 2]", b"{}"), (b'{"msg_id": "x"}', b"{}"),
                                (session.pack(session.msg_header("execute_request")), b"\xff\xfe not utf-8"),
                                (session.pack(session.msg_header("execute_request")), b'"a string"')]:
            parts = [header, b"{}", b"{}", content]
            socket.send_multipart([b"<IDS|MSG>", session.sign(parts)] + parts)
        self.assert_nothing_arrives(socket)
        self.wait_for_log("is not valid JSON")
        self.wait_for_log("is not a JSON object")
        self.wait_for_log("no msg_type")

    def test_wrong_frame_counts_are_dropped(self):
        socket = self.raw_shell()
        socket.send_multipart([b"just one frame"])
        socket.send_multipart([b"<IDS|MSG>", b"sig", b"{}"])
        socket.send_multipart([b"<IDS|MSG>"])
        self.assert_nothing_arrives(socket)
        self.wait_for_log("no <IDS|MSG> delimiter")
        self.wait_for_log("frame(s) after the delimiter")

    def test_unknown_message_types_are_logged_and_ignored(self):
        socket = self.raw_shell()
        socket.send_multipart(self.signed_frames("frobnicate_request", {"x": 1}))
        self.assert_nothing_arrives(socket)
        self.wait_for_log("Ignored a frobnicate_request message on shell")
        control = self.context.socket(zmq.DEALER)
        control.setsockopt(zmq.LINGER, 0)
        control.connect(f"tcp://{self.info['ip']}:{self.info['control_port']}")
        self.addCleanup(control.close)
        control.send_multipart(self.signed_frames("execute_request", {"code": "1"}))
        self.wait_for_log("Ignored a execute_request message on control")

    def test_requests_with_wrong_content_types_are_answered(self):
        session = Session(key=self.key.encode(), signature_scheme="hmac-sha256")
        socket = self.raw_shell()
        for msg_type, content in [("execute_request", {"code": 5}), ("complete_request", {"code": "Con", "cursor_pos": -7}),
                                  ("complete_request", {"code": "Con", "cursor_pos": 10 ** 9}), ("inspect_request", {"code": None}),
                                  ("history_request", {"hist_access_type": "search", "pattern": 5, "n": "three"}),
                                  ("is_complete_request", {})]:
            socket.send_multipart(session.serialize(session.msg(msg_type, content)))
            self.assertEqual(socket.poll(TIMEOUT * 1000), zmq.POLLIN, f"no reply to {msg_type} {content}")
            reply = session.deserialize(session.feed_identities(socket.recv_multipart())[1])
            self.assertEqual(reply["msg_type"], msg_type.replace("_request", "_reply"))
        self.assertEqual(reply["content"]["status"], "complete")

    def test_a_message_over_the_size_limit_is_dropped_and_logged(self):
        socket = self.raw_shell()
        big = "x" * int(1.5 * MAX_MESSAGE_MIB * 1024 * 1024)
        socket.send_multipart(self.signed_frames("execute_request", {"code": f'Console.WriteLine("HUGE"); // {big}'}))
        self.assert_nothing_arrives(socket, seconds=2)
        self.wait_for_log("over the limit")

    def test_a_frame_far_over_the_limit_closes_only_that_connection(self):
        socket = self.raw_shell()
        socket.send_multipart([b"<IDS|MSG>", b"", b"y" * (3 * MAX_MESSAGE_MIB * 1024 * 1024)])
        self.assert_nothing_arrives(socket, seconds=2)

    def test_a_client_that_disconnects_mid_execution(self):
        gone = self.client()
        gone.wait_for_ready(timeout=TIMEOUT)
        gone.execute('System.Threading.Thread.Sleep(1500);\nConsole.WriteLine("finished without its client");')
        time.sleep(0.3)
        gone.stop_channels()  # the client vanishes while its cell runs

    def test_a_cell_past_the_time_limit_is_stopped(self):
        started = time.monotonic()
        reply, messages = execute(self.kc, "while (true) { }")
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "TimeoutError")
        self.assertIn(f"time limit of {CELL_TIMEOUT_SECONDS} s", reply["content"]["evalue"])
        self.assertLess(time.monotonic() - started, CELL_TIMEOUT_SECONDS + 10)

    def test_the_key_is_never_logged(self):
        self.assertNotIn(self.key, self.log_text())


if __name__ == "__main__":
    unittest.main(verbosity=2)
