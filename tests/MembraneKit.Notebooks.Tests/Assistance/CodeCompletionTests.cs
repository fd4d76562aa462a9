namespace MembraneKit.Notebooks.Tests;

public sealed class CodeCompletionTests(WidgetPackageFixture widgets) : IClassFixture<WidgetPackageFixture>
{
    [Fact]
    public async Task Completions_know_a_variable_and_a_method_defined_in_an_earlier_cell()
    {
        using var session = new NotebookSession();
        await session.ExecuteAsync("var answer = 42;\nint Twice(int x) => 2 * x;").Within();

        var variable = await Complete(session, "var y = ans|");
        var method = await Complete(session, "Twi|");

        Assert.Equal("answer", variable.Items[0].Text);
        var twice = method.Items[0];
        Assert.Equal(("Twice", "method"), (twice.Text, twice.Kind));
    }

    [Fact]
    public async Task Members_of_a_type_are_offered_after_a_dot_and_replace_what_is_typed()
    {
        using var session = new NotebookSession();
        var (code, cursor) = Cursor.At("\"abc\".Len|");

        var completion = await session.CompleteAsync(code, cursor).Within();

        var first = completion.Items[0];
        Assert.Equal(("Length", "property"), (first.Text, first.Kind));
        Assert.Equal(code.IndexOf("Len", StringComparison.Ordinal), completion.Start);
        Assert.Equal(cursor, completion.End);
    }

    [Fact]
    public async Task Namespaces_and_types_are_offered_after_System_dot()
    {
        using var session = new NotebookSession();

        var completion = await Complete(session, "System.|");

        Assert.Contains(completion.Items, i => i is { Text: "Collections", Kind: "namespace" });
        Assert.Contains(completion.Items, i => i is { Text: "Math", Kind: "class" });
        Assert.Contains(completion.Items, i => i is { Text: "DateTime", Kind: "struct" });
    }

    [Fact]
    public async Task Types_of_namespaces_not_imported_are_not_offered_until_an_earlier_cell_imports_them()
    {
        using var session = new NotebookSession();

        var before = await Complete(session, "BigInteg|");
        await session.ExecuteAsync("using System.Numerics;").Within();
        var after = await Complete(session, "BigInteg|");

        Assert.DoesNotContain(before.Items, i => i.Text == "BigInteger");
        Assert.Equal(("BigInteger", "struct"), (after.Items[0].Text, after.Items[0].Kind));
        Assert.DoesNotContain(after.Items, i => i.Kind == "snippet");
    }

    [Fact]
    public async Task Generic_types_show_their_brackets_but_insert_the_name()
    {
        using var session = new NotebookSession();

        var completion = await Complete(session, "var l = new Lis|");

        Assert.Contains(completion.Items, i => i is { Text: "List", DisplayText: "List<>", Kind: "class" });
    }

    [Fact]
    public async Task The_kernels_display_function_is_offered_through_its_static_using()
    {
        using var session = new NotebookSession();

        var completion = await Complete(session, "disp|");

        Assert.Contains(completion.Items, i => i is { Text: "display", Kind: "method" });
    }

    [Fact]
    public async Task Types_of_a_package_loaded_with_r_nuget_are_offered_with_their_members()
    {
        using var session = new NotebookSession(new SessionOptions { RestoreCacheDirectory = widgets.RestoreCache });
        Assert.True((await session.ExecuteAsync(widgets.LoadSource).Within(300)).Succeeded);

        var type = await Complete(session, "var w = new Widg|");
        var member = await Complete(session, "new Widget(\"w\").|");

        Assert.Contains(type.Items, i => i is { Text: "Widget", Kind: "class" });
        Assert.Contains(member.Items, i => i is { Text: "Name", Kind: "property" });
    }

    [Fact]
    public async Task A_cell_that_starts_with_directives_and_magics_completes_at_the_cursor_it_was_given()
    {
        using var session = new NotebookSession(new SessionOptions { RestoreCacheDirectory = widgets.RestoreCache });
        Assert.True((await session.ExecuteAsync(widgets.LoadSource).Within(300)).Succeeded);
        await session.ExecuteAsync("var answer = 42;").Within();

        var (code, cursor) = Cursor.At($"#!time\r\n{widgets.LoadSource.Replace("\n", "\r\n", StringComparison.Ordinal)}\r\nvar w = new Widget(\"w\");\r\nw.Na|");
        var completion = await session.CompleteAsync(code, cursor).Within();
        var variable = await Complete(session, "#!csharp\n#!time\nans|");

        Assert.Equal("Name", completion.Items[0].Text);
        Assert.Equal(cursor - 2, completion.Start);
        Assert.Equal("answer", variable.Items[0].Text);
    }

    [Fact]
    public async Task A_cursor_on_a_directive_or_in_another_languages_section_gets_no_completions()
    {
        using var session = new NotebookSession();

        var directive = await Complete(session, "#r \"nuget: Sys|\"\nvar x = 1;");
        var markdown = await Complete(session, "var x = 1;\n#!markdown\nSome Ma|th");

        Assert.Empty(directive.Items);
        Assert.Empty(markdown.Items);
    }

    [Fact]
    public async Task A_later_cell_is_seen_by_the_next_completion()
    {
        using var session = new NotebookSession();
        await Complete(session, "x|");
        await session.ExecuteAsync("var laterVariable = 1;").Within();

        var completion = await Complete(session, "laterV|");

        Assert.Equal("laterVariable", completion.Items[0].Text);
    }

    [Fact]
    public async Task No_cursor_position_in_a_cell_throws()
    {
        using var session = new NotebookSession();
        await session.ExecuteAsync("var answer = 42;").Within();
        const string code = "#!time\r\n#r \"nuget: X, 1.0\"\nvar s = $\"{answer.}\" + @\"\n\"; // 😀\n#!markdown\n# Title\n#!csharp\nMath.Sqrt(";

        for (var cursor = 0; cursor <= code.Length; cursor++)
        {
            var completion = await session.CompleteAsync(code, cursor).Within();
            await session.InspectAsync(code, cursor, 1).Within();
            Assert.InRange(completion.Start, 0, cursor);
            Assert.InRange(completion.End, cursor, code.Length);
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public async Task A_cursor_outside_the_code_is_an_error_that_names_the_cursor_its_value_and_the_range(int cursor)
    {
        using var session = new NotebookSession();

        var complete = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => session.CompleteAsync("abc", cursor));
        var inspect = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => session.InspectAsync("abc", cursor, 0));

        foreach (var error in new[] { complete, inspect })
        {
            Assert.Equal("cursor", error.ParamName);
            Assert.Equal(cursor, error.ActualValue);
            Assert.Contains("from 0 to 3", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Completing_while_a_cell_runs_returns_at_once_and_the_cell_completes_normally()
    {
        var key = "membranekit-test-" + Guid.NewGuid().ToString("N");
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        AppDomain.CurrentDomain.SetData(key + "-started", started);
        AppDomain.CurrentDomain.SetData(key + "-release", release);
        using var session = new NotebookSession();
        await session.ExecuteAsync("var before = 1;").Within();

        var running = session.ExecuteAsync($$"""
            var during = 2;
            ((System.Threading.ManualResetEventSlim)AppDomain.CurrentDomain.GetData("{{key}}-started")!).Set();
            var released = ((System.Threading.ManualResetEventSlim)AppDomain.CurrentDomain.GetData("{{key}}-release")!).Wait(TimeSpan.FromSeconds(60));
            released ? before + during : -1
            """);
        Assert.True(started.Wait(TimeSpan.FromSeconds(60)), "The cell did not start.");
        var completion = await Complete(session, "bef|");
        var inspection = await session.InspectAsync("before", 6, 0).Within();
        var stillRunning = !running.IsCompleted;
        release.Set();
        var result = await running.Within();

        Assert.True(stillRunning);
        Assert.Equal("before", completion.Items[0].Text);
        Assert.StartsWith("int before", inspection!.PlainText, StringComparison.Ordinal);
        Assert.True(result.Succeeded, string.Join("\n", result.Outputs.Select(o => o.ToJson().ToJsonString())));
        Assert.Equal("3", Assert.IsType<ExecuteResultOutput>(Assert.Single(result.Outputs)).Data["text/plain"]);
    }

    [Fact]
    public async Task Completions_do_not_change_what_cells_do()
    {
        using var session = new NotebookSession();
        await session.ExecuteAsync("var a = 1;").Within();

        await Complete(session, "var b = 2;\na|");
        await session.InspectAsync("a", 1, 1).Within();
        var next = await session.ExecuteAsync("a + 1").Within();
        var missing = await session.ExecuteAsync("b").Within();

        Assert.Equal(2, next.ExecutionCount);
        Assert.Equal("2", Assert.IsType<ExecuteResultOutput>(Assert.Single(next.Outputs)).Data["text/plain"]);
        Assert.Contains("CS0103", Assert.IsType<ErrorOutput>(Assert.Single(missing.Outputs)).Value, StringComparison.Ordinal);
    }

    private static Task<CodeCompletion> Complete(NotebookSession session, string marked)
    {
        var (code, cursor) = Cursor.At(marked);
        return session.CompleteAsync(code, cursor).Within();
    }
}
