using System.Text.Json.Nodes;
using Json.Schema;

namespace MembraneKit.Grading;

/// <summary>
/// The JSON schema of nbgrader's cell metadata, version 3 (<c>Schema/nbgrader-cell-metadata.v3.schema.json</c>
/// in this project, embedded), and validation against it with JsonSchema.Net.
/// </summary>
public static class NbgraderMetadataSchema
{
    private const string ResourceName = "MembraneKit.Grading.nbgrader-cell-metadata.v3.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(ReadResource()));

    /// <summary>The schema's text.</summary>
    public static string Text { get; } = ReadResource();

    /// <summary>
    /// Validates a cell's <c>metadata.nbgrader</c> object; returns one message per violation, each naming
    /// the field (a JSON pointer under <c>metadata.nbgrader</c>) and what is wrong; empty when it is valid.
    /// </summary>
    /// <param name="metadata">The <c>metadata.nbgrader</c> value.</param>
    public static IReadOnlyList<string> Validate(JsonNode? metadata)
    {
        var results = Schema.Value.Evaluate(metadata, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var messages = new List<string>();
        foreach (var detail in results.Details.Append(results))
        {
            if (detail.Errors is null)
            {
                continue;
            }

            var where = detail.InstanceLocation.ToString();
            var field = where.Length == 0 ? "metadata.nbgrader" : $"metadata.nbgrader{where.Replace('/', '.')}";
            foreach (var (keyword, message) in detail.Errors)
            {
                messages.Add($"{field}: {message} (schema keyword '{keyword}')");
            }
        }

        return messages.Count > 0 ? messages.Distinct(StringComparer.Ordinal).ToArray() : ["metadata.nbgrader does not match nbgrader's cell metadata schema 3"];
    }

    private static string ReadResource()
    {
        using var stream = typeof(NbgraderMetadataSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
