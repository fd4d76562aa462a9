using System.Text;

namespace MembraneKit.Notebooks.Tests;

public sealed class AtomicFileTests
{
    /// <summary>A write that dies half-way (a full disk, a killed run) must not cost the user the file they had.</summary>
    [Fact]
    public void A_write_that_fails_midway_leaves_the_original_file_intact_and_no_temporary_behind()
    {
        var folder = TestNotebooks.TempFolder();
        var path = Path.Combine(folder, "homework.ipynb");
        File.WriteAllText(path, "the student's work");

        var error = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("{\n \"cells\": [ half a notebo"));
            stream.Flush();
            throw new IOException("No space left on device");
        }));

        Assert.Equal("No space left on device", error.Message);
        Assert.Equal("the student's work", File.ReadAllText(path));
        Assert.Equal(["homework.ipynb"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_target_that_cannot_be_replaced_is_left_as_it_was()
    {
        var folder = TestNotebooks.TempFolder();
        var path = Path.Combine(folder, "out.ipynb");
        Directory.CreateDirectory(path);

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(path, "new"));

        Assert.True(Directory.Exists(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Text_is_written_as_utf8_without_a_byte_order_mark_and_replaces_the_old_file()
    {
        var folder = TestNotebooks.TempFolder();
        var path = Path.Combine(folder, "sub", "n.ipynb");

        AtomicFile.WriteAllText(path, "first, much longer than the second");
        AtomicFile.WriteAllText(path, "Δψ −95 mV");

        Assert.Equal(Encoding.UTF8.GetBytes("Δψ −95 mV"), File.ReadAllBytes(path));
        Assert.Equal(["n.ipynb"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Writers_at_once_leave_one_whole_version()
    {
        var folder = TestNotebooks.TempFolder();
        var path = Path.Combine(folder, "n.txt");
        var versions = Enumerable.Range(0, 8).Select(i => new string((char)('a' + i), 200_000)).ToArray();

        Parallel.ForEach(versions, version =>
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                try
                {
                    AtomicFile.WriteAllText(path, version);
                }
                catch (UnauthorizedAccessException)
                {
                    // A rename can lose to another rename on some systems; the file is still whole.
                }
            }
        });

        Assert.Contains(File.ReadAllText(path), versions);
        Assert.Equal(["n.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_null_path_or_text_is_refused_by_name()
    {
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => AtomicFile.WriteAllText(null!, "x")).ParamName);
        Assert.Equal("contents", Assert.Throws<ArgumentNullException>(() => AtomicFile.WriteAllText("x", null!)).ParamName);
    }
}
