"""The Jupyter kernel conformance suite (jupyter_kernel_test), subclassed for this C# kernel.

Run as `python3 conformance.py` with JUPYTER_PATH pointing at the installed kernelspec; unittest prints
each check and exits non-zero when one fails.
"""
import unittest

import jupyter_kernel_test

from kernel_tools import KERNEL_NAME


class CSharpKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = KERNEL_NAME

    # kernel_info
    language_name = "C#"
    file_extension = ".cs"

    # stdout and stderr
    code_hello_world = 'Console.WriteLine("hello, world");'
    code_stderr = 'Console.Error.WriteLine("to stderr");'

    # a trailing expression (no semicolon) is the cell's result
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"ab" + "cd"', "result": "abcd"},
        {"code": "Math.Sqrt(16)", "result": "4"},
        {"code": "var items = new List<int> { 1, 2, 3 };\nitems.Sum()", "result": "6"},
    ]

    # display(x) and x.Display()
    code_display_data = [
        {"code": 'display("shown");', "mime": "text/plain"},
        {"code": 'display(HTML("<b>bold</b>"));', "mime": "text/html"},
        {"code": "new { Name = \"Na+\", Charge = 1 }.Display();", "mime": "text/plain"},
    ]

    # an exception is one error output and an error reply
    code_generate_error = 'throw new InvalidOperationException("this cell fails");'

    # completions know the session's variables and the framework's types
    completion_samples = [
        {"text": "Console.WriteL", "matches": {"WriteLine"}},
        {"text": "var greeting = \"hi\";\ngreeting.ToUpperInv", "matches": {"ToUpperInvariant"}},
        {"text": "Math.Sqr"},
    ]

    complete_code_samples = [
        "1 + 1",
        "var x = 1;",
        "Console.WriteLine(\"done\");",
        "if (true) { Console.WriteLine(); }",
        "#r \"nuget: Example, 1.0.0\"",
    ]
    incomplete_code_samples = [
        "if (true) {",
        "Console.WriteLine(",
        "var text = \"\"\"\nopen",
        "/* a comment that goes on",
    ]
    invalid_code_samples = [
        "}",
        "var x = 1; )",
    ]

    code_inspect_sample = "Console.WriteLine"

    # history: what this kernel ran with store_history
    code_history_pattern = "6 * ?"
    supported_history_operations = ("tail", "range", "search")


if __name__ == "__main__":
    unittest.main(verbosity=2)
