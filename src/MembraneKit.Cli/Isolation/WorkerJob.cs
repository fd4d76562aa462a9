using System.Globalization;
using System.Text.Json.Nodes;
using MembraneKit.Notebooks;

namespace MembraneKit.Cli.Isolation;

/// <summary>
/// What a worker process is asked to run: the notebook and the run settings, sent as the first message
/// on its pipe (not on its command line, so parameters need no quoting and stay out of process lists).
/// </summary>
/// <param name="InputPath">The notebook's full path.</param>
/// <param name="Options">The run settings; parameters keep their types (a <c>-p x=2.0</c> stays a double).</param>
internal sealed record WorkerJob(string InputPath, RunOptions Options)
{
    public JsonObject ToJson()
    {
        var parameters = new JsonArray();
        foreach (var (name, value) in Options.Parameters)
        {
            var parameter = Encode(name, value);
            parameter["name"] = name;
            parameters.Add(parameter);
        }

        return new JsonObject
        {
            ["type"] = "run",
            ["path"] = InputPath,
            ["parameters"] = parameters,
            ["timeoutTicks"] = Options.CellTimeout?.Ticks,
            ["continueOnError"] = Options.ContinueOnError,
            ["workingDirectory"] = Options.WorkingDirectory,
            ["restoreCache"] = Options.RestoreCacheDirectory,
        };
    }

    public static WorkerJob FromJson(JsonObject json)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var parameter in json["parameters"]?.AsArray() ?? [])
        {
            parameters[parameter!["name"]!.GetValue<string>()] = Decode(parameter.AsObject());
        }

        var ticks = json["timeoutTicks"]?.GetValue<long>();
        return new WorkerJob(json["path"]!.GetValue<string>(), new RunOptions
        {
            Parameters = parameters,
            CellTimeout = ticks is { } t ? TimeSpan.FromTicks(t) : null,
            ContinueOnError = json["continueOnError"]?.GetValue<bool>() ?? false,
            WorkingDirectory = json["workingDirectory"]?.GetValue<string>(),
            RestoreCacheDirectory = json["restoreCache"]?.GetValue<string>(),
        });
    }

    /// <summary>A value with its kind, so a <c>-p x=2.0</c> stays a double; a list holds encoded items.</summary>
    private static JsonObject Encode(string name, object? value)
    {
        if (value is not string && value is IEnumerable<object?> items)
        {
            return new JsonObject { ["kind"] = "list", ["items"] = new JsonArray(items.Select(item => (JsonNode)Encode(name, item)).ToArray()) };
        }

        var (kind, text) = value switch
        {
            null => ("null", null),
            bool flag => ("bool", flag ? "true" : "false"),
            long integer => ("long", integer.ToString(CultureInfo.InvariantCulture)),
            int integer => ("long", integer.ToString(CultureInfo.InvariantCulture)),
            double real => ("double", real.ToString("R", CultureInfo.InvariantCulture)),
            string word => ("string", word),
            _ => throw new ArgumentException($"Parameter \"{name}\" has a value of type {value.GetType().Name}; a parameter is a string, boolean, integer, number, null or a list of them.", nameof(value)),
        };
        return new JsonObject { ["kind"] = kind, ["value"] = text };
    }

    private static object? Decode(JsonObject parameter)
    {
        var text = parameter["value"]?.GetValue<string>();
        return parameter["kind"]!.GetValue<string>() switch
        {
            "bool" => text == "true",
            "long" => long.Parse(text!, CultureInfo.InvariantCulture),
            "double" => double.Parse(text!, CultureInfo.InvariantCulture),
            "string" => text,
            "list" => parameter["items"]!.AsArray().Select(item => Decode(item!.AsObject())).ToList(),
            _ => null,
        };
    }
}
