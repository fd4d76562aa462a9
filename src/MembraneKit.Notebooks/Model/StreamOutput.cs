using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks;

/// <summary>Text a cell wrote to the console: <c>stdout</c> or <c>stderr</c>.</summary>
/// <remarks>
/// Made by the engine while a cell writes, a stream output is a view of the first <c>n</c> characters
/// of the stream's growing buffer: making one costs O(1), and <see cref="Text"/> is copied out (once,
/// then kept) only when read. Equality compares <see cref="Name"/> and <see cref="Text"/>.
/// </remarks>
public sealed record StreamOutput : NotebookOutput
{
    private readonly StreamText? _source;
    private readonly int _length;
    private string? _text;

    /// <summary>Makes a stream output holding <paramref name="text"/>.</summary>
    /// <param name="name">The stream: <c>stdout</c> or <c>stderr</c>.</param>
    /// <param name="text">The text written, line ends included.</param>
    public StreamOutput(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        Name = name;
        _text = text;
        _length = text.Length;
    }

    internal StreamOutput(string name, StreamText source, int length)
    {
        Name = name;
        _source = source;
        _length = length;
    }

    /// <summary>The standard-output stream name.</summary>
    public const string StandardOutput = "stdout";

    /// <summary>The standard-error stream name.</summary>
    public const string StandardError = "stderr";

    /// <summary>The stream: <c>stdout</c> or <c>stderr</c>.</summary>
    public string Name { get; init; }

    /// <summary>The text written, line ends included.</summary>
    public string Text
    {
        // Two threads may both copy the text out; they get equal strings, and either one is kept.
        get => _text ??= _source!.Read(_length);
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _text = value;
            _source = null;
            _length = value.Length;
        }
    }

    /// <summary>The length of <see cref="Text"/> in UTF-16 code units, known without copying the text out.</summary>
    public int Length => _length;

    /// <inheritdoc/>
    public override string OutputType => "stream";

    /// <summary>Splits the output into its stream name and text.</summary>
    /// <param name="name">The stream name.</param>
    /// <param name="text">The text.</param>
    public void Deconstruct(out string name, out string text)
    {
        name = Name;
        text = Text;
    }

    /// <summary>Whether <paramref name="other"/> is the same stream with the same text.</summary>
    /// <param name="other">The output to compare with.</param>
    public bool Equals(StreamOutput? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Name, other.Name, StringComparison.Ordinal) && _length == other._length && string.Equals(Text, other.Text, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), StringComparer.Ordinal.GetHashCode(Text));

    /// <inheritdoc/>
    public override JsonObject ToJson() => new()
    {
        ["output_type"] = OutputType,
        ["name"] = Name,
        ["text"] = JupyterJson.SplitLines(Text),
    };
}
