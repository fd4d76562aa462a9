using Microsoft.DotNet.Interactive.Formatting;

namespace MembraneKit.Interactive;

/// <summary>A formatter for one type and one MIME type that writes the string a function returns.
/// Its class is how <see cref="MembraneKitFormatters.Register"/> recognises its own registrations.</summary>
internal sealed class DelegateTypeFormatter(Type type, string mimeType, Func<object, string> format) : ITypeFormatter
{
    /// <inheritdoc/>
    public string MimeType { get; } = mimeType;

    /// <inheritdoc/>
    public Type Type { get; } = type;

    /// <inheritdoc/>
    public bool Format(object instance, FormatContext context)
    {
        context.Writer.Write(format(instance));
        return true;
    }
}
