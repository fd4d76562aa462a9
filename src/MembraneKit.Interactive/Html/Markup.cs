namespace MembraneKit.Interactive;

/// <summary>A fragment of markup that was produced by a <see cref="MarkupWriter"/> (so every string in it is
/// already encoded). Only writers make one, which keeps raw, unencoded strings out of every display.</summary>
internal sealed record Markup
{
    internal Markup(string value) => Value = value;

    /// <summary>Empty markup.</summary>
    internal static Markup Empty { get; } = new("");

    /// <summary>The markup text.</summary>
    internal string Value { get; }

    /// <summary>The markup text.</summary>
    public override string ToString() => Value;
}
