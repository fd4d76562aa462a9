using MembraneKit.Notebooks;

namespace MembraneKit.Grading;

/// <summary>
/// Reads a submitted file as a notebook, and says plainly what it is when it is not one: a zip archive
/// renamed <c>.ipynb</c>, JSON that is not a notebook, text that is not JSON, a file too large to be homework.
/// </summary>
public static class SubmissionFile
{
    /// <summary>The largest file read as a submission (the shipped homework is about 20 kB).</summary>
    public const long LargestBytes = 20L << 20;

    /// <summary>Reads <paramref name="path"/>; returns the notebook, or <see langword="null"/> with <paramref name="problem"/> saying what the file is.</summary>
    /// <param name="path">The submitted file.</param>
    /// <param name="problem">Why it cannot be graded, when it cannot.</param>
    public static Notebook? TryRead(string path, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        problem = null;
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > LargestBytes)
            {
                problem = $"the file is {length >> 20} MB; a submission may be at most {LargestBytes >> 20} MB";
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"the file cannot be read: {e.Message}";
            return null;
        }

        if (bytes is [(byte)'P', (byte)'K', 3, 4, ..] or [(byte)'P', (byte)'K', 5, 6, ..])
        {
            problem = "the file is a zip archive renamed .ipynb, not a notebook; submit the .ipynb file itself";
            return null;
        }

        if (bytes.Length == 0)
        {
            problem = "the file is empty, not a notebook";
            return null;
        }

        try
        {
            return Notebook.Parse(new System.Text.UTF8Encoding(false, true).GetString(bytes));
        }
        catch (System.Text.DecoderFallbackException)
        {
            problem = "the file is not text (not UTF-8), so not a notebook";
            return null;
        }
        catch (InvalidDataException e)
        {
            problem = $"the file is not a Jupyter notebook: {e.Message}";
            return null;
        }
    }
}
