"""Scripted sessions with jupyter_client: what a front end does beyond the conformance suite.

FreshKernelTests start a kernel per test (they interrupt, restart, shut down or count history);
SharedKernelTests share one. Run one test with `python3 sessions.py FreshKernelTests.test_interrupt_stops_a_loop`,
or a whole class with `python3 sessions.py SharedKernelTests`."""
import queue
import time
import unittest

from kernel_tools import TIMEOUT, collect, execute, of_type, reply_to, result_text, start_kernel, stdout, stop_kernel


class FreshKernelTests(unittest.TestCase):
    def setUp(self):
        self.km, self.kc = start_kernel()

    def tearDown(self):
        stop_kernel(self.km, self.kc)

    def test_interrupt_stops_a_loop(self):
        msg_id = self.kc.execute("while (true) { }")
        time.sleep(1.0)  # let it compile and spin
        started = time.monotonic()
        self.km.interrupt_kernel()  # interrupt_mode "message": an interrupt_request on control
        reply = reply_to(self.kc, msg_id, timeout=20)
        self.assertLess(time.monotonic() - started, 10, "the interrupt took too long")
        self.assertEqual(reply["content"]["status"], "error")
        errors = of_type(collect(self.kc, msg_id), "error")
        self.assertEqual(len(errors), 1)
        self.assertIn("interrupted", errors[0]["content"]["evalue"])
        # the kernel goes on serving, with the session intact
        reply, messages = execute(self.kc, "1 + 1")
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual(result_text(messages), "2")

    def test_interrupt_stops_a_cell_waiting_for_input(self):
        msg_id = self.kc.execute("var never = Console.ReadLine();", allow_stdin=True)
        request = self.kc.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual(request["msg_type"], "input_request")
        self.km.interrupt_kernel()
        reply = reply_to(self.kc, msg_id, timeout=20)
        self.assertEqual(reply["content"]["status"], "error")
        reply, messages = execute(self.kc, '"still here"')
        self.assertEqual(result_text(messages), "still here")

    def test_restart_leaves_nothing_of_the_old_kernel(self):
        reply, _ = execute(self.kc, "var remembered = 7;")
        self.assertEqual(reply["content"]["status"], "ok")
        old = self.km.provisioner.process
        self.km.restart_kernel(now=False)  # shutdown_request(restart=True), then a new process
        self.assertEqual(old.poll(), 0, "the old kernel did not end by itself after its shutdown reply")
        self.assertNotEqual(self.km.provisioner.process.pid, old.pid)
        self.kc.wait_for_ready(timeout=TIMEOUT)
        reply, messages = execute(self.kc, "remembered")
        self.assertEqual(reply["content"]["status"], "error")
        self.assertIn("CS0103", reply["content"]["evalue"])  # the name does not exist
        self.assertEqual(reply["content"]["execution_count"], 1)

    def test_shutdown_reply_then_exit(self):
        process = self.km.provisioner.process
        msg_id = self.kc.shutdown()
        reply = self.kc.get_control_msg(timeout=TIMEOUT)
        self.assertEqual(reply["msg_type"], "shutdown_reply")
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        deadline = time.monotonic() + 20
        while process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertEqual(process.poll(), 0)

    def test_stop_on_error_aborts_the_queued_request(self):
        failing = self.kc.execute('System.Threading.Thread.Sleep(1500);\nthrow new Exception("first fails");')
        queued = self.kc.execute('Console.WriteLine("must not run");')
        self.assertEqual(reply_to(self.kc, failing)["content"]["status"], "error")
        aborted = reply_to(self.kc, queued)
        self.assertEqual(aborted["content"]["status"], "aborted")
        self.assertEqual(stdout(collect(self.kc, queued)), "")
        # a request sent after the error is run again
        reply, messages = execute(self.kc, 'Console.WriteLine("runs");')
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual(stdout(messages), "runs\n")

    def test_without_stop_on_error_the_queued_request_runs(self):
        failing = self.kc.execute('System.Threading.Thread.Sleep(1500);\nthrow new Exception("first fails");', stop_on_error=False)
        queued = self.kc.execute('Console.WriteLine("runs anyway");')
        self.assertEqual(reply_to(self.kc, failing)["content"]["status"], "error")
        self.assertEqual(reply_to(self.kc, queued)["content"]["status"], "ok")
        self.assertEqual(stdout(collect(self.kc, queued)), "runs anyway\n")

    def test_store_history_and_history_requests(self):
        execute(self.kc, "var a = 1;")
        execute(self.kc, "var secret = 2;", store_history=False)
        execute(self.kc, "a + 40")
        msg_id = self.kc.history(hist_access_type="tail", n=10, output=True, raw=True)
        history = reply_to(self.kc, msg_id)["content"]["history"]
        self.assertEqual([entry[2][0] for entry in history], ["var a = 1;", "a + 40"])
        self.assertEqual(history[1][2][1], "41")
        self.assertEqual([entry[1] for entry in history], [1, 2])
        msg_id = self.kc.history(hist_access_type="search", pattern="a *", output=False, raw=True)
        self.assertEqual([entry[2] for entry in reply_to(self.kc, msg_id)["content"]["history"]], ["a + 40"])
        msg_id = self.kc.history(hist_access_type="range", session=0, start=2, stop=3, output=False, raw=True)
        self.assertEqual([entry[2] for entry in reply_to(self.kc, msg_id)["content"]["history"]], ["a + 40"])


class SharedKernelTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_kernel()

    @classmethod
    def tearDownClass(cls):
        stop_kernel(cls.km, cls.kc)

    def setUp(self):
        self.kc.wait_for_ready(timeout=TIMEOUT)

    def test_stdin_round_trip(self):
        code = 'Console.Write("Name? ");\nvar name = Console.ReadLine();\nConsole.WriteLine($"Hello, {name}!");'
        msg_id = self.kc.execute(code, allow_stdin=True)
        request = self.kc.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual(request["msg_type"], "input_request")
        self.assertEqual(request["parent_header"]["msg_id"], msg_id)
        self.assertFalse(request["content"]["password"])
        self.kc.input("Ada")
        reply = reply_to(self.kc, msg_id)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual(stdout(collect(self.kc, msg_id)), "Name? Hello, Ada!\n")

    def test_console_read_takes_characters_from_the_front_ends_line(self):
        code = 'var first = (char)Console.Read();\nvar rest = Console.ReadLine();\nConsole.WriteLine($"{first}|{rest}");'
        msg_id = self.kc.execute(code, allow_stdin=True)
        self.assertEqual(self.kc.get_stdin_msg(timeout=TIMEOUT)["msg_type"], "input_request")
        self.kc.input("xyz")
        self.assertEqual(reply_to(self.kc, msg_id)["content"]["status"], "ok")
        self.assertEqual(stdout(collect(self.kc, msg_id)), "x|yz\n")

    def test_console_read_without_stdin_fails_clearly(self):
        reply, messages = execute(self.kc, "var line = Console.ReadLine();", allow_stdin=False)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertIn("stdin is not available", reply["content"]["evalue"])
        self.assertEqual(len(of_type(messages, "error")), 1)

    def test_update_display_data(self):
        reply, messages = execute(self.kc, 'var shown = display("first");\nshown.Update("second");')
        self.assertEqual(reply["content"]["status"], "ok")
        displays = of_type(messages, "display_data")
        updates = of_type(messages, "update_display_data")
        self.assertEqual(len(displays), 1)
        self.assertEqual(len(updates), 1)
        display_id = displays[0]["content"]["transient"]["display_id"]
        self.assertTrue(display_id)
        self.assertEqual(updates[0]["content"]["transient"]["display_id"], display_id)
        self.assertEqual(displays[0]["content"]["data"]["text/plain"], "first")
        self.assertEqual(updates[0]["content"]["data"]["text/plain"], "second")

    def test_a_display_updated_by_a_later_cell_is_updated_in_place(self):
        reply, messages = execute(self.kc, 'var kept = display("before");')
        self.assertEqual(reply["content"]["status"], "ok")
        display_id = of_type(messages, "display_data")[0]["content"]["transient"]["display_id"]
        msg_id = self.kc.execute('kept.Update("after");')
        reply = reply_to(self.kc, msg_id)
        later = collect(self.kc, msg_id)
        self.assertEqual(reply["content"]["status"], "ok")
        updates = of_type(later, "update_display_data")
        self.assertEqual(len(updates), 1, later)
        self.assertEqual(updates[0]["content"]["transient"]["display_id"], display_id)
        self.assertEqual(updates[0]["content"]["data"]["text/plain"], "after")
        self.assertEqual(updates[0]["parent_header"]["msg_id"], msg_id)
        self.assertEqual(of_type(later, "display_data"), [])

    def test_silent_broadcasts_nothing_and_keeps_the_count(self):
        reply, messages = execute(self.kc, "1")
        count = reply["content"]["execution_count"]
        reply, messages = execute(self.kc, 'var hidden = 5;\nConsole.WriteLine("quiet");\nhidden', silent=True)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual([m["msg_type"] for m in messages], ["status", "status"])
        reply, messages = execute(self.kc, "hidden * 2")
        self.assertEqual(result_text(messages), "10")
        self.assertEqual(reply["content"]["execution_count"], count + 1)

    def test_user_expressions(self):
        reply, _ = execute(self.kc, "var x = 20;", user_expressions={"double": "x * 2", "bad": "y"})
        expressions = reply["content"]["user_expressions"]
        self.assertEqual(expressions["double"]["status"], "ok")
        self.assertEqual(expressions["double"]["data"]["text/plain"], "40")
        self.assertEqual(expressions["bad"]["status"], "error")
        self.assertIn("CS0103", expressions["bad"]["evalue"])

    def test_completion_counts_code_points(self):
        # the emoji is one code point but two UTF-16 units: cursor positions must not drift
        code = 'var face = "\U0001F600";\nface.Len'
        msg_id = self.kc.complete(code, cursor_pos=len(code))
        content = reply_to(self.kc, msg_id)["content"]
        self.assertIn("Length", content["matches"])
        self.assertEqual(content["cursor_start"], len(code) - len("Len"))
        self.assertEqual(content["cursor_end"], len(code))
        types = content["metadata"]["_jupyter_types_experimental"]
        length = [t for t in types if t["text"] == "Length"]
        self.assertEqual(length[0]["type"], "instance")
        self.assertIn("signature", length[0])

    def test_completion_knows_the_session(self):
        execute(self.kc, "var membranePotential = -70.0;")
        msg_id = self.kc.complete("membraneP", cursor_pos=len("membraneP"))
        self.assertIn("membranePotential", reply_to(self.kc, msg_id)["content"]["matches"])

    def test_inspection_shows_signature_and_docs(self):
        code = "Math.Sqrt(2)"
        msg_id = self.kc.inspect(code, cursor_pos=len("Math.Sq"), detail_level=0)
        content = reply_to(self.kc, msg_id)["content"]
        self.assertTrue(content["found"])
        self.assertIn("Sqrt", content["data"]["text/plain"])
        self.assertIn("text/markdown", content["data"])
        msg_id = self.kc.inspect("   ", cursor_pos=1)
        self.assertFalse(reply_to(self.kc, msg_id)["content"]["found"])

    def test_is_complete(self):
        msg_id = self.kc.is_complete("if (true) {")
        content = reply_to(self.kc, msg_id)["content"]
        self.assertEqual(content["status"], "incomplete")
        self.assertEqual(content["indent"], "    ")

    def test_comms_are_answered_sanely(self):
        msg = self.kc.session.msg("comm_info_request", {})
        self.kc.shell_channel.send(msg)
        reply = reply_to(self.kc, msg["header"]["msg_id"])
        self.assertEqual(reply["content"], {"status": "ok", "comms": {}})
        msg = self.kc.session.msg("comm_open", {"comm_id": "c-1", "target_name": "jupyter.widget", "data": {}})
        self.kc.shell_channel.send(msg)
        closes = of_type(collect(self.kc, msg["header"]["msg_id"]), "comm_close")
        self.assertEqual([c["content"]["comm_id"] for c in closes], ["c-1"])
        msg = self.kc.session.msg("comm_msg", {"comm_id": "c-1", "data": {}})
        self.kc.shell_channel.send(msg)
        collect(self.kc, msg["header"]["msg_id"])
        reply, messages = execute(self.kc, "3")
        self.assertEqual(result_text(messages), "3")

    def test_a_debug_request_gets_a_failed_response(self):
        msg = self.kc.session.msg("debug_request", {"type": "request", "seq": 1, "command": "initialize", "arguments": {}})
        self.kc.control_channel.send(msg)
        reply = self.kc.get_control_msg(timeout=TIMEOUT)
        self.assertEqual(reply["msg_type"], "debug_reply")
        self.assertEqual(reply["parent_header"]["msg_id"], msg["header"]["msg_id"])
        self.assertFalse(reply["content"]["success"])
        self.assertEqual(reply["content"]["command"], "initialize")

    def test_kernel_info(self):
        msg_id = self.kc.kernel_info()
        content = reply_to(self.kc, msg_id)["content"]
        self.assertEqual(content["protocol_version"], "5.3")
        self.assertEqual(content["implementation"], "membranekit")
        info = content["language_info"]
        self.assertEqual(info["name"], "C#")
        self.assertEqual(info["mimetype"], "text/x-csharp")
        self.assertEqual(info["file_extension"], ".cs")
        self.assertEqual(info["pygments_lexer"], "csharp")
        self.assertEqual(info["codemirror_mode"], "text/x-csharp")
        self.assertTrue(content["banner"])
        self.assertTrue(content["help_links"])

    def test_console_bursts_become_few_stream_messages(self):
        reply, messages = execute(self.kc, "for (var i = 0; i < 5000; i++) Console.WriteLine(i);")
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual(stdout(messages), "".join(f"{i}\n" for i in range(5000)))
        self.assertLess(len(of_type(messages, "stream")), 50)


if __name__ == "__main__":
    unittest.main(verbosity=2)
