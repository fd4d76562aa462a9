using System.Buffers.Binary;
using System.Text.Json.Nodes;

namespace MembraneKit.Kernel.Tests.KernelSpecs;

public sealed class KernelSpecInstallerTests : IDisposable
{
    private static readonly string[] Command = ["/opt/membranekit/membranekit", "kernel", "start", "--connection-file", "{connection_file}"];

    private readonly string _kernels = Path.Combine(Path.GetTempPath(), "membranekit-kernelspec-tests", Guid.NewGuid().ToString("N"), "kernels");

    public void Dispose()
    {
        var root = Path.GetDirectoryName(_kernels)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private string WriteForeignSpec(string name)
    {
        var directory = Path.Combine(_kernels, name);
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "kernel.json");
        File.WriteAllText(file, """{"argv": ["dotnet", "interactive", "jupyter", "--default-kernel", "csharp", "{connection_file}"], "display_name": ".NET (C#)", "language": "C#"}""");
        return file;
    }

    [Fact]
    public void Install_writes_a_kernelspec_that_starts_the_given_command()
    {
        var directory = KernelSpecInstaller.Install(_kernels, ".net-csharp", "C# (MembraneKit)", Command);
        Assert.Equal(Path.Combine(_kernels, ".net-csharp"), directory);
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "kernel.json")))!;
        Assert.Equal(Command, spec["argv"]!.AsArray().Select(a => (string?)a));
        Assert.Equal("C# (MembraneKit)", (string?)spec["display_name"]);
        Assert.Equal("C#", (string?)spec["language"]);
        Assert.Equal("message", (string?)spec["interrupt_mode"]);
        Assert.Equal(JupyterKernel.Version, (string?)spec["metadata"]!["membranekit"]!["version"]);
    }

    [Theory]
    [InlineData("logo-32x32.png", 32)]
    [InlineData("logo-64x64.png", 64)]
    public void Install_writes_png_logos_of_the_sizes_jupyter_asks_for(string file, int size)
    {
        var directory = KernelSpecInstaller.Install(_kernels, "k", "K", Command);
        var png = File.ReadAllBytes(Path.Combine(directory, file));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public void A_kernelspec_that_is_not_ours_is_left_alone_and_named()
    {
        var file = WriteForeignSpec(".net-csharp");
        var before = File.ReadAllText(file);
        var error = Assert.Throws<KernelSpecException>(() => KernelSpecInstaller.Install(_kernels, ".net-csharp", "C# (MembraneKit)", Command));
        Assert.Contains(Path.Combine(_kernels, ".net-csharp"), error.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet interactive jupyter", error.Message, StringComparison.Ordinal);
        Assert.Contains("--force", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(file));
    }

    [Fact]
    public void Force_replaces_a_kernelspec_that_is_not_ours()
    {
        WriteForeignSpec(".net-csharp");
        var directory = KernelSpecInstaller.Install(_kernels, ".net-csharp", "C# (MembraneKit)", Command, force: true);
        Assert.True(KernelSpecInstaller.Describe(directory).IsOurs);
    }

    [Fact]
    public void Our_own_kernelspec_is_replaced_without_force()
    {
        KernelSpecInstaller.Install(_kernels, "k", "Old", Command);
        var directory = KernelSpecInstaller.Install(_kernels, "k", "New", Command);
        Assert.Equal("New", KernelSpecInstaller.Describe(directory).DisplayName);
    }

    [Fact]
    public void Uninstall_removes_ours_only()
    {
        var ours = KernelSpecInstaller.Install(_kernels, "ours", "Ours", Command);
        var foreign = WriteForeignSpec("theirs");
        Assert.Equal(ours, KernelSpecInstaller.Uninstall(_kernels, "ours"));
        Assert.False(Directory.Exists(ours));
        var error = Assert.Throws<KernelSpecException>(() => KernelSpecInstaller.Uninstall(_kernels, "theirs"));
        Assert.Contains("not MembraneKit's", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(foreign));
        Assert.NotNull(KernelSpecInstaller.Uninstall(_kernels, "theirs", force: true));
        Assert.False(File.Exists(foreign));
        Assert.Null(KernelSpecInstaller.Uninstall(_kernels, "never-installed"));
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("a/b")]
    [InlineData("with space")]
    [InlineData("")]
    public void Names_jupyter_does_not_allow_are_refused(string name)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => KernelSpecInstaller.Install(_kernels, name, "K", Command));
        Assert.Equal("name", error.ParamName);
        Assert.False(Directory.Exists(_kernels) && Directory.EnumerateFileSystemEntries(_kernels).Any());
    }

    [Fact]
    public void A_command_without_the_connection_file_placeholder_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => KernelSpecInstaller.Install(_kernels, "k", "K", ["membranekit", "kernel", "start"]));
        Assert.Contains("{connection_file}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void List_marks_a_kernelspec_hidden_by_an_earlier_folder()
    {
        var first = Path.Combine(_kernels, "first");
        var second = Path.Combine(_kernels, "second");
        KernelSpecInstaller.Install(first, "k", "First", Command);
        KernelSpecInstaller.Install(second, "k", "Second", Command);
        KernelSpecInstaller.Install(second, "other", "Other", Command);
        var specs = KernelSpecInstaller.List([first, second, Path.Combine(_kernels, "missing")]);
        Assert.Equal([("k", "First", false), ("k", "Second", true), ("other", "Other", false)], specs.Select(s => (s.Name, s.DisplayName!, s.IsShadowed)));
    }
}
