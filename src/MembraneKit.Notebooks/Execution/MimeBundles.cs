using Microsoft.DotNet.Interactive.Formatting;

namespace MembraneKit.Notebooks;

/// <summary>Builds mime bundles from the registered formatters, the way the C# kernel does.</summary>
/// <remarks>
/// The formatter chooses the mime types (<c>Formatter.GetPreferredMimeTypesFor</c>) unless the caller
/// names them; each is rendered with <c>ToDisplayString(mimeType)</c>, and <c>text/plain</c> is always
/// added so every front end and every grader can read the value.
/// </remarks>
internal static class MimeBundles
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";

    public static IReadOnlyDictionary<string, string> Create(object? value, IReadOnlyList<string>? mimeTypes = null)
    {
        IEnumerable<string> types = mimeTypes is { Count: > 0 }
            ? mimeTypes
            : value is null ? [Html] : Formatter.GetPreferredMimeTypesFor(value.GetType());
        var bundle = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mimeType in types.Distinct(StringComparer.Ordinal))
        {
            bundle[mimeType] = value.ToDisplayString(mimeType);
        }

        if (!bundle.ContainsKey(PlainText))
        {
            bundle[PlainText] = value.ToDisplayString(PlainText);
        }

        return bundle;
    }
}
