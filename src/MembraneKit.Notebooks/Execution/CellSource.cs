using System.Text;
using System.Text.RegularExpressions;

namespace MembraneKit.Notebooks;

/// <summary>
/// Splits a cell into kernel sections at <c>#!csharp</c>, <c>#!markdown</c>, <c>#!html</c>… lines, and
/// takes the package directives (<c>#r "nuget: …"</c>, <c>#i "…"</c>, <c>#r "file.dll"</c>) out of C#
/// code, leaving blank lines so the code's line numbers still match the cell.
/// </summary>
internal static partial class CellSource
{
    private static readonly Dictionary<string, string> KernelAliases = new(StringComparer.Ordinal)
    {
        ["csharp"] = "csharp",
        ["c#"] = "csharp",
        ["C#"] = "csharp",
        ["fsharp"] = "fsharp",
        ["f#"] = "fsharp",
        ["F#"] = "fsharp",
        ["pwsh"] = "pwsh",
        ["powershell"] = "pwsh",
        ["javascript"] = "javascript",
        ["js"] = "javascript",
        ["html"] = "html",
        ["markdown"] = "markdown",
        ["md"] = "markdown",
        ["mermaid"] = "mermaid",
        ["sql"] = "sql",
        ["kql"] = "kql",
        ["value"] = "value",
        ["http"] = "http",
        ["python"] = "python",
        ["r"] = "r",
        ["meta"] = "meta",
    };

    /// <summary>Canonical kernel name for a metadata or magic spelling (<c>C#</c> → <c>csharp</c>).</summary>
    public static string NormalizeKernel(string name)
    {
        var trimmed = name.Trim();
        return KernelAliases.TryGetValue(trimmed, out var canonical) ? canonical
            : KernelAliases.TryGetValue(trimmed.ToLowerInvariant(), out canonical) ? canonical
            : trimmed.ToLowerInvariant();
    }

    /// <summary>Splits text into sections, each with its kernel; lines of other sections are blanked so line numbers stay cell-relative.</summary>
    public static IReadOnlyList<CellSection> Split(string code, string defaultKernel)
    {
        var lines = code.Split('\n');
        var sections = new List<CellSection>();
        var kernel = NormalizeKernel(defaultKernel);
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var match = KernelMagic().Match(lines[i]);
            if (match.Success && KernelAliases.ContainsKey(match.Groups[1].Value))
            {
                AddSection(sections, lines, start, i, kernel);
                kernel = NormalizeKernel(match.Groups[1].Value);
                start = i + 1;
            }
        }

        AddSection(sections, lines, start, lines.Length, kernel);
        if (sections.Count == 0)
        {
            sections.Add(new CellSection(kernel, code));
        }

        return sections;
    }

    /// <summary>Takes the directives out of a C# section.</summary>
    public static CellDirectives ExtractDirectives(string code)
    {
        var lines = code.Split('\n');
        var packages = new List<PackageReference>();
        var sources = new List<string>();
        var files = new List<(int Line, string Path)>();
        var errors = new List<(int Line, string Message)>();
        var magics = new List<(int Line, string Name)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            Match match;
            if ((match = NugetReference().Match(line)).Success)
            {
                var parts = match.Groups[1].Value.Split(',', 2, StringSplitOptions.TrimEntries);
                if (parts[0].Length == 0)
                {
                    errors.Add((i + 1, $"Unable to parse package reference: \"{match.Groups[1].Value}\""));
                }
                else
                {
                    packages.Add(new PackageReference(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null));
                }
            }
            else if ((match = SourceDirective().Match(line)).Success)
            {
                var source = match.Groups[1].Value.Trim();
                if (source.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
                {
                    source = source["nuget:".Length..].Trim();
                }

                if (IsAbsoluteSource(source))
                {
                    sources.Add(source);
                }
                else
                {
                    errors.Add((i + 1, $"The package source \"{source}\" is a relative path. The Polyglot Notebooks kernel rejects relative #i paths (\"Invalid URI\"), so this engine does too: use an absolute path, for example #i \"nuget: {Path.GetFullPath(source)}\"."));
                }
            }
            else if ((match = FileReference().Match(line)).Success)
            {
                files.Add((i + 1, match.Groups[1].Value.Trim()));
            }
            else if ((match = OtherMagic().Match(line)).Success)
            {
                magics.Add((i + 1, match.Groups[1].Value));
            }
            else
            {
                continue;
            }

            lines[i] = "";
        }

        return new CellDirectives(string.Join('\n', lines), packages, sources, files, magics, errors);
    }

    private static bool IsAbsoluteSource(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.IsFile ? Path.IsPathRooted(source) : uri.Scheme is "http" or "https");

    private static void AddSection(List<CellSection> sections, string[] lines, int start, int end, string kernel)
    {
        if (end <= start)
        {
            return;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            if (i >= start && i < end)
            {
                builder.Append(lines[i]);
            }
        }

        var text = builder.ToString();
        if (text.Trim().Length > 0)
        {
            sections.Add(new CellSection(kernel, text));
        }
    }

    [GeneratedRegex(@"^\s*#!([A-Za-z#+-]+)\s*$")]
    private static partial Regex KernelMagic();

    [GeneratedRegex(@"^\s*#r\s+""\s*nuget\s*:\s*([^""]*)""\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NugetReference();

    [GeneratedRegex(@"^\s*#i\s+""([^""]*)""\s*$")]
    private static partial Regex SourceDirective();

    [GeneratedRegex(@"^\s*#r\s+""([^""]+\.(?:dll|exe))""\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FileReference();

    [GeneratedRegex(@"^\s*#!([A-Za-z][\w-]*)")]
    private static partial Regex OtherMagic();
}

/// <summary>A run of a cell in one kernel's language.</summary>
internal sealed record CellSection(string Kernel, string Code);

/// <summary>What <see cref="CellSource.ExtractDirectives"/> found, and the code left to compile.</summary>
internal sealed record CellDirectives(
    string Code,
    IReadOnlyList<PackageReference> Packages,
    IReadOnlyList<string> Sources,
    IReadOnlyList<(int Line, string Path)> AssemblyFiles,
    IReadOnlyList<(int Line, string Name)> Magics,
    IReadOnlyList<(int Line, string Message)> Errors);
