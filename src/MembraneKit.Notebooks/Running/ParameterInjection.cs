using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MembraneKit.Notebooks;

/// <summary>
/// Papermill-style parameters: the values are written as C# into a new cell tagged
/// <c>injected-parameters</c>, placed after the cell tagged <c>parameters</c> (or first, when there is none).
/// </summary>
/// <remarks>
/// A name the parameters cell declares is assigned (<c>temperature = 40;</c>), and the value must suit
/// its declared type, read from the cell's syntax: a number for <c>double</c>/<c>float</c>/<c>decimal</c>,
/// a whole number in range for the integer types, <c>true</c>/<c>false</c> for <c>bool</c>, text for
/// <c>string</c>, a list of such values for an array or <c>List&lt;T&gt;</c> (and the other list
/// interfaces), <see langword="null"/> only for a nullable or reference type; <c>var</c> takes the type
/// of its literal. Any other named type receives the value's text through its
/// <c>Parse(string, IFormatProvider)</c>, so a notebook's own type decides what it accepts (a unit, say).
/// A value that does not suit is refused before anything runs, with a message that names the
/// parameter, its type and the value ("k is a double; 'abc' is not a number"). Any other name is
/// declared with <c>var</c> (a list as an array of its items' one type); a <see langword="null"/> for it
/// is refused, having no type. Strings are quoted C# literals, numbers use the invariant culture.
/// </remarks>
public static class ParameterInjection
{
    /// <summary>The tag of the cell whose values parameters override.</summary>
    public const string ParametersTag = "parameters";

    /// <summary>The tag of the cell the engine inserts.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>Inserts the parameters cell into <paramref name="notebook"/>; returns its index, or -1 when there are no parameters.</summary>
    /// <param name="notebook">The notebook to change (usually a copy).</param>
    /// <param name="parameters">Name → value: a string, boolean, number, <see langword="null"/> or a list of them.</param>
    /// <exception cref="ArgumentException">A name is not a C# identifier, or a value does not suit its parameter; nothing is changed.</exception>
    public static int Inject(Notebook notebook, IReadOnlyDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count == 0)
        {
            return -1;
        }

        var parametersIndex = -1;
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            if (notebook.Cells[i].Tags.Contains(ParametersTag))
            {
                parametersIndex = i;
                break;
            }
        }

        var declared = parametersIndex >= 0 ? DeclaredTypes(notebook.Cells[parametersIndex].Source) : [];
        var source = new StringBuilder("// Parameters\n");
        foreach (var (name, value) in parameters)
        {
            if (!SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
            {
                throw new ArgumentException($"Parameter name \"{name}\" is not a C# identifier (letters, digits and _, not starting with a digit, not a keyword).");
            }

            source.Append(declared.TryGetValue(name, out var type)
                ? $"{name} = {type.Literal(name, value)};"
                : ParameterType.DeclareUndeclared(name, value)).Append('\n');
        }

        var kernel = parametersIndex >= 0 ? notebook.Cells[parametersIndex].KernelName : null;
        var cell = NotebookCell.CreateCode(source.ToString().TrimEnd('\n'), [InjectedTag], kernel);
        var index = parametersIndex + 1;
        notebook.InsertCell(index, cell);
        return index;
    }

    /// <summary>Writes a value as a C# literal.</summary>
    /// <param name="value">A string, boolean, number, character or <see langword="null"/>.</param>
    public static string ToCSharpLiteral(object? value) => value switch
    {
        null => "null",
        string text => SymbolDisplay.FormatLiteral(text, quote: true),
        char character => SymbolDisplay.FormatLiteral(character, quote: true),
        bool flag => flag ? "true" : "false",
        double.NaN => "double.NaN",
        double real when double.IsPositiveInfinity(real) => "double.PositiveInfinity",
        double real when double.IsNegativeInfinity(real) => "double.NegativeInfinity",
        double real => DoubleLiteral(real),
        float single => DoubleLiteral(single) + "f",
        decimal money => money.ToString(CultureInfo.InvariantCulture) + "m",
        int or long or short or byte or sbyte or ushort => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        uint or ulong => Convert.ToString(value, CultureInfo.InvariantCulture) + "u",
        _ => throw new ArgumentException($"A parameter value must be a string, boolean, number or null; got {value.GetType().Name}.", nameof(value)),
    };

    private static string DoubleLiteral(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static Dictionary<string, ParameterType> DeclaredTypes(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script)).GetRoot();
        // In a script, a top-level declaration is a field of the submission; inside a statement, a local.
        var fields = root.ChildNodes().OfType<FieldDeclarationSyntax>().Select(field => field.Declaration);
        var locals = root.ChildNodes().OfType<GlobalStatementSyntax>().Select(statement => statement.Statement)
            .OfType<LocalDeclarationStatementSyntax>().Select(declaration => declaration.Declaration);
        var types = new Dictionary<string, ParameterType>(StringComparer.Ordinal);
        foreach (var declaration in fields.Concat(locals))
        {
            foreach (var variable in declaration.Variables)
            {
                types[variable.Identifier.ValueText] = ParameterType.From(declaration.Type, variable.Initializer?.Value);
            }
        }

        return types;
    }
}
