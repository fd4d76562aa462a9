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
/// A name the parameters cell declares is assigned (<c>temperature = 40;</c>), so the declared type is
/// kept (an integer given for a <c>double</c> stays a <c>double</c>); any other name is declared with
/// <c>var</c>. Strings are quoted C# literals, numbers use the invariant culture, booleans are
/// <c>true</c>/<c>false</c>.
/// </remarks>
public static class ParameterInjection
{
    /// <summary>The tag of the cell whose values parameters override.</summary>
    public const string ParametersTag = "parameters";

    /// <summary>The tag of the cell the engine inserts.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>Inserts the parameters cell into <paramref name="notebook"/>; returns its index, or -1 when there are no parameters.</summary>
    /// <param name="notebook">The notebook to change (usually a copy).</param>
    /// <param name="parameters">Name → value.</param>
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

        var declared = parametersIndex >= 0 ? DeclaredNames(notebook.Cells[parametersIndex].Source) : [];
        var source = new StringBuilder("// Parameters\n");
        foreach (var (name, value) in parameters)
        {
            if (!SyntaxFacts.IsValidIdentifier(name))
            {
                throw new ArgumentException($"Parameter name \"{name}\" is not a C# identifier.", nameof(parameters));
            }

            source.Append(declared.Contains(name) ? "" : "var ").Append(name).Append(" = ").Append(ToCSharpLiteral(value)).Append(";\n");
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

    private static HashSet<string> DeclaredNames(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script)).GetRoot();
        // In a script, a top-level declaration is a field of the submission; inside a statement, a local.
        var fields = root.ChildNodes().OfType<FieldDeclarationSyntax>().SelectMany(field => field.Declaration.Variables);
        var locals = root.ChildNodes().OfType<GlobalStatementSyntax>().Select(statement => statement.Statement)
            .OfType<LocalDeclarationStatementSyntax>().SelectMany(declaration => declaration.Declaration.Variables);
        return fields.Concat(locals).Select(variable => variable.Identifier.ValueText).ToHashSet(StringComparer.Ordinal);
    }
}
