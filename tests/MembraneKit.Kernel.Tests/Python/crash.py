"""A cell that kills its process ends that kernel only: the front end sees it die and can restart it,
and another kernel running beside it is not affected. Run as `python3 crash.py`."""
import time
import unittest

from kernel_tools import TIMEOUT, execute, result_text, start_kernel, stop_kernel


class CrashTests(unittest.TestCase):
    def setUp(self):
        self.bystander_km, self.bystander_kc = start_kernel()
        reply, _ = execute(self.bystander_kc, "var kept = 123;")
        self.assertEqual(reply["content"]["status"], "ok")
        self.km, self.kc = start_kernel()

    def tearDown(self):
        stop_kernel(self.km, self.kc)
        stop_kernel(self.bystander_km, self.bystander_kc)

    def assert_dies(self, code):
        execute(self.kc, "1")  # warm: the crash must come from the cell, not from starting up
        process = self.km.provisioner.process
        self.kc.execute(code)
        deadline = time.monotonic() + TIMEOUT
        while process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertIsNotNone(process.poll(), "the kernel did not die")
        self.assertFalse(self.km.is_alive())
        deadline = time.monotonic() + 15
        while self.kc.hb_channel.is_beating() and time.monotonic() < deadline:
            time.sleep(0.2)
        self.assertFalse(self.kc.hb_channel.is_beating(), "the heartbeat still answers")
        return process.returncode

    def assert_others_unaffected_and_restartable(self):
        reply, messages = execute(self.bystander_kc, "kept")
        self.assertEqual(result_text(messages), "123")
        self.km.restart_kernel(now=True)
        self.kc.wait_for_ready(timeout=TIMEOUT)
        reply, messages = execute(self.kc, "2 + 2")
        self.assertEqual(result_text(messages), "4")

    def test_environment_exit_ends_that_kernel_only(self):
        self.assertEqual(self.assert_dies("Environment.Exit(3);"), 3)
        self.assert_others_unaffected_and_restartable()

    def test_a_stack_overflow_ends_that_kernel_only(self):
        code = "int Down(int depth) => Down(depth + 1) + 1;\nDown(0)"
        self.assertNotEqual(self.assert_dies(code), 0)
        self.assert_others_unaffected_and_restartable()


if __name__ == "__main__":
    unittest.main(verbosity=2)
