using System.Globalization;
using MembraneKit.Cli.Isolation;
using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Tests.Isolation;

/// <summary>
/// A graded session's worker (<see cref="SessionProcess"/>), started as <c>grade</c> starts it: the watch on its
/// resident set catches what the GC heap limit cannot see, native memory.
/// </summary>
public sealed class SessionProcessTests
{
    /// <summary>The worker's GC heap limit here; its resident set may exceed it by <see cref="SessionProcess.NativeAllowanceBytes"/>.</summary>
    private const long HeapLimitBytes = 128L << 20;

    /// <summary>Every wait of these tests ends within this.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_cell_that_allocates_native_memory_past_the_allowance_ends_its_process_with_the_memory_named()
    {
        // 2 GiB at most, four times the ceiling: with no watch the cell would finish and return, not stop the machine.
        await using var session = await StartAsync();

        var result = await session.ExecuteAsync(0, NativeAllocation(megabytes: 2048) + "\n\"kept it all\"", "csharp", CancellationToken.None).WaitAsync(Limit);

        Assert.Null(result);
        var ceiling = ((HeapLimitBytes + SessionProcess.NativeAllowanceBytes) >> 20).ToString(CultureInfo.InvariantCulture);
        Assert.Equal($"the process used more than {ceiling} MB of memory and was ended", session.End?.Reason);
        Assert.True(session.PeakResidentBytes > HeapLimitBytes + SessionProcess.NativeAllowanceBytes, $"peak resident set {session.PeakResidentBytes >> 20} MB");
        Assert.Null(await session.ExecuteAsync(1, "1 + 1", "csharp", CancellationToken.None).WaitAsync(Limit));
    }

    [Fact]
    public async Task A_cell_that_holds_native_memory_within_the_allowance_runs_to_the_end()
    {
        await using var session = await StartAsync();

        var result = await session.ExecuteAsync(0, NativeAllocation(megabytes: 64) + "\n\"kept it all\"", "csharp", CancellationToken.None).WaitAsync(Limit);

        Assert.NotNull(result);
        Assert.True(result.Status == CellStatus.Succeeded, string.Join("\n", result.Outputs.OfType<ErrorOutput>().Select(e => e.Value)));
        Assert.Equal("kept it all", Assert.IsType<ExecuteResultOutput>(Assert.Single(result.Outputs)).Data["text/plain"]);
        Assert.Null(session.End);
    }

    private static async Task<SessionProcess> StartAsync()
    {
        var folder = CliRun.TempFolder();
        var work = Directory.CreateDirectory(Path.Combine(folder, "work")).FullName;
        var temp = Directory.CreateDirectory(Path.Combine(folder, "tmp")).FullName;
        var start = new SessionStart(work, temp, Limit, null, HeapLimitBytes, null);
        var session = await SessionProcess.StartAsync(start, CancellationToken.None).WaitAsync(Limit);
        Assert.Null(session.End);
        return session;
    }

    /// <summary>A cell that takes <paramref name="megabytes"/> of native memory in 16 MiB blocks, writing every page (an untouched page takes no memory), and keeps it.</summary>
    private static string NativeAllocation(int megabytes) => $$"""
        using System.Runtime.InteropServices;
        var page = new byte[4096];
        Array.Fill(page, (byte)1);
        var held = new List<IntPtr>();
        for (var block = 0; block < {{megabytes / 16}}; block++)
        {
            var start = Marshal.AllocHGlobal(16 << 20);
            for (var offset = 0; offset < 16 << 20; offset += page.Length)
            {
                Marshal.Copy(page, 0, start + offset, page.Length);
            }

            held.Add(start);
        }
        """;
}
