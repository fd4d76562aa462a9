using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace MembraneKit.Interactive.Tests;

/// <summary>
/// Snapshot checks in the manner of Verify (whose core package the registry mirror does not serve): the
/// output, scrubbed of generated ids, must equal <c>Snapshots/&lt;name&gt;.verified.&lt;ext&gt;</c> beside the test.
/// On a difference (or a missing file) the output is written as <c>.received.&lt;ext&gt;</c> and the test fails;
/// accept a change by renaming the file, or with <c>eng/accept-snapshots</c>, which renames every
/// <c>.received</c> file after showing its difference. Running the tests never changes a verified file.
/// </summary>
internal static partial class Snapshot
{
    internal static void Match(string actual, string name, string extension = "html", [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(SourcePath(testFile))!, "Snapshots");
        Directory.CreateDirectory(folder);
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        var scrubbed = Scrub(actual);
        if (File.Exists(verified) && File.ReadAllText(verified).ReplaceLineEndings("\n") == scrubbed)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, scrubbed);
        Assert.Fail(File.Exists(verified)
            ? $"Snapshot {name} differs: compare {received} with {verified}."
            : $"No snapshot {name} yet: check {received} and rename it to {Path.GetFileName(verified)} (eng/accept-snapshots does).");
    }

    /// <summary>
    /// The test's source file on disk. A CI build (ContinuousIntegrationBuild) maps source paths to "/_/…",
    /// so such a path is resolved against the repository root found above the test's output folder.
    /// </summary>
    private static string SourcePath(string testFile)
    {
        if (File.Exists(testFile) || !testFile.StartsWith("/_/", StringComparison.Ordinal))
        {
            return testFile;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MembraneKit.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null ? testFile : Path.Combine(dir.FullName, testFile[3..]);
    }

    /// <summary>Pictures (SVG in base64 data URIs) are decoded, so that the snapshot shows the drawing and its ids can
    /// be scrubbed; generated ids become their kind and a sequence number in order of first appearance.</summary>
    internal static string Scrub(string text)
    {
        var seen = new Dictionary<string, string>();
        text = PicturePattern().Replace(text, m => "data:image/svg+xml;decoded," + System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value)));
        return IdPattern().Replace(text.ReplaceLineEndings("\n"), m =>
        {
            if (!seen.TryGetValue(m.Value, out var replacement))
            {
                replacement = $"mk-{m.Groups["kind"].Value}-#{seen.Count + 1}";
                seen[m.Value] = replacement;
            }

            return replacement;
        });
    }

    [GeneratedRegex(@"mk-(?<kind>[a-z]+)-\d+-[0-9a-f]{8}")]
    private static partial Regex IdPattern();

    [GeneratedRegex("data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)")]
    private static partial Regex PicturePattern();
}
