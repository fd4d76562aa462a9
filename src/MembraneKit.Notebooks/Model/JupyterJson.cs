using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks;

/// <summary>
/// Reads and writes notebook JSON the way Jupyter's <c>nbformat</c> does: keys sorted, one-space
/// indent, non-ASCII characters written as themselves, a trailing newline; multi-line strings as
/// arrays of lines.
/// </summary>
internal static class JupyterJson
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 512,
    };

    /// <summary>
    /// Parses JSON as Python's <c>json</c> module reads a notebook: when an object repeats a key, the
    /// last value wins (System.Text.Json's own node parser would throw on first access instead).
    /// </summary>
    public static JsonNode? Parse(string json)
    {
        using var document = JsonDocument.Parse(json, DocumentOptions);
        return ToNode(document.RootElement);
    }

    private static JsonNode? ToNode(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject(NodeOptions);
                foreach (var property in element.EnumerateObject())
                {
                    obj[property.Name] = ToNode(property.Value);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JsonArray(NodeOptions);
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(ToNode(item));
                }

                return array;
            case JsonValueKind.String:
                return JsonValue.Create(element.GetString()!, NodeOptions);
            case JsonValueKind.True:
                return JsonValue.Create(true, NodeOptions);
            case JsonValueKind.False:
                return JsonValue.Create(false, NodeOptions);
            case JsonValueKind.Number:
                // Kept as the element, so the number is written back exactly as it was read.
                return JsonValue.Create(element.Clone(), NodeOptions);
            default:
                return null;
        }
    }

    /// <summary>Serialises as <c>json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n"</c>.</summary>
    public static string Write(JsonNode root)
    {
        var builder = new StringBuilder(4096);
        WriteNode(builder, root, 0);
        builder.Append('\n');
        return builder.ToString();
    }

    /// <summary>Joins a Jupyter multi-line string (a string or an array of strings).</summary>
    public static string JoinMultiline(JsonNode? node) => node switch
    {
        null => "",
        JsonArray array => string.Concat(array.Select(item => item?.GetValue<string>() ?? "")),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    /// <summary>Splits text into lines that keep their line ends, as nbformat stores multi-line strings.</summary>
    public static JsonArray SplitLines(string text)
    {
        var array = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                array.Add(JsonValue.Create(text[start..(i + 1)]));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            array.Add(JsonValue.Create(text[start..]));
        }

        return array;
    }

    private static void WriteNode(StringBuilder builder, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                WriteObject(builder, obj, depth);
                break;
            case JsonArray array:
                WriteArray(builder, array, depth);
                break;
            case JsonValue value:
                WriteValue(builder, value);
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, JsonObject obj, int depth)
    {
        if (obj.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        builder.Append('{');
        var first = true;
        foreach (var (key, value) in obj.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            builder.Append(first ? "\n" : ",\n");
            first = false;
            builder.Append(' ', depth + 1);
            WriteString(builder, key);
            builder.Append(": ");
            WriteNode(builder, value, depth + 1);
        }

        builder.Append('\n').Append(' ', depth).Append('}');
    }

    private static void WriteArray(StringBuilder builder, JsonArray array, int depth)
    {
        if (array.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        builder.Append('[');
        for (var i = 0; i < array.Count; i++)
        {
            builder.Append(i == 0 ? "\n" : ",\n");
            builder.Append(' ', depth + 1);
            WriteNode(builder, array[i], depth + 1);
        }

        builder.Append('\n').Append(' ', depth).Append(']');
    }

    private static void WriteValue(StringBuilder builder, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(builder, value.GetValue<string>());
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            case JsonValueKind.Null:
                builder.Append("null");
                break;
            case JsonValueKind.Number:
                if (value.TryGetValue<JsonElement>(out var element))
                {
                    builder.Append(element.GetRawText());
                }
                else if (value.TryGetValue<long>(out var integer))
                {
                    builder.Append(integer.ToString(CultureInfo.InvariantCulture));
                }
                else if (value.TryGetValue<int>(out var small))
                {
                    builder.Append(small.ToString(CultureInfo.InvariantCulture));
                }
                else if (value.TryGetValue<double>(out var real))
                {
                    builder.Append(real.ToString("R", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(value.ToJsonString());
                }

                break;
            default:
                builder.Append(value.ToJsonString());
                break;
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
