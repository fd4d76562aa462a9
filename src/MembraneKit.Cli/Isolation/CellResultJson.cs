using System.Text.Json.Nodes;
using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Isolation;

/// <summary>A <see cref="CellResult"/> as JSON for the worker's pipe; outputs in their nbformat form.</summary>
internal static class CellResultJson
{
    public static JsonObject Write(CellResult result) => new()
    {
        ["executionCount"] = result.ExecutionCount,
        ["status"] = result.Status.ToString(),
        ["outputs"] = new JsonArray(result.Outputs.Select(output => (JsonNode?)output.ToJson()).ToArray()),
        ["durationTicks"] = result.Duration.Ticks,
        ["computeTicks"] = result.ComputeDuration.Ticks,
        ["leftRunning"] = result.LeftRunning,
    };

    public static CellResult Read(JsonObject json)
    {
        var outputs = (json["outputs"]?.AsArray() ?? []).OfType<JsonObject>().Select(NotebookOutput.FromJson).OfType<NotebookOutput>().ToArray();
        return new CellResult(
            json["executionCount"]!.GetValue<int>(),
            Enum.Parse<CellStatus>(json["status"]!.GetValue<string>()),
            outputs,
            TimeSpan.FromTicks(json["durationTicks"]!.GetValue<long>()),
            TimeSpan.FromTicks(json["computeTicks"]!.GetValue<long>()))
        {
            LeftRunning = json["leftRunning"]?.GetValue<bool>() ?? false,
        };
    }
}
