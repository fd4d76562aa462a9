using PublicApiGenerator;

namespace MembraneKit.Tests.Design;

/// <summary>
/// The physics library's public API, approved: any change to it shows up as a diff of
/// <c>MembraneKit.approved.txt</c> in review. When the change is intended, copy the <c>.received.txt</c> file the
/// failing test writes beside it over the approved one and commit both the code and the file.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        var api = Normalise(typeof(Membrane).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));
        var approvedPath = Path.Combine(RepositoryLayout.Root, "tests", "MembraneKit.Tests", "Design", "MembraneKit.approved.txt");
        var receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
        var approved = File.Exists(approvedPath) ? Normalise(File.ReadAllText(approvedPath)) : "";
        if (api == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, api);
        var firstDifference = FirstDifferentLine(approved, api);
        Assert.Fail($"The public API differs from {approvedPath} (first at line {firstDifference.Line}: approved \"{firstDifference.Approved}\", now \"{firstDifference.Received}\"). " +
            $"If the change is intended, copy {receivedPath} over it.");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static (int Line, string Approved, string Received) FirstDifferentLine(string approved, string received)
    {
        var a = approved.Split('\n');
        var r = received.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, r.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end)";
            var right = i < r.Length ? r[i] : "(end)";
            if (left != right)
            {
                return (i + 1, left.Trim(), right.Trim());
            }
        }

        return (0, "", "");
    }
}
