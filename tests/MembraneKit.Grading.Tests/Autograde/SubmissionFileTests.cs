using System.IO.Compression;

namespace MembraneKit.Grading.Tests;

public sealed class SubmissionFileTests
{
    private static string Write(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"submission-{Guid.NewGuid():N}.ipynb");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_zip_archive_renamed_ipynb_is_named_as_one()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("homework.ipynb");
        }

        Assert.Null(SubmissionFile.TryRead(Write(memory.ToArray()), out var problem));
        Assert.Contains("zip archive", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"cells\": 3}", "not a Jupyter notebook")]
    [InlineData("[1, 2, 3]", "not a Jupyter notebook")]
    [InlineData("this is not JSON", "not a Jupyter notebook")]
    [InlineData("", "empty")]
    public void Text_that_is_not_a_notebook_is_refused_with_what_it_is(string text, string expected)
    {
        Assert.Null(SubmissionFile.TryRead(Write(System.Text.Encoding.UTF8.GetBytes(text)), out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_text_are_refused()
    {
        Assert.Null(SubmissionFile.TryRead(Write([0xff, 0xfe, 0x00, 0x81, 0x7b]), out var problem));
        Assert.Contains("not text", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notebook_is_read()
    {
        var path = Write(System.Text.Encoding.UTF8.GetBytes(Notebooks.Notebook.CreateEmpty().ToJson()));

        Assert.NotNull(SubmissionFile.TryRead(path, out var problem));
        Assert.Null(problem);
    }
}
