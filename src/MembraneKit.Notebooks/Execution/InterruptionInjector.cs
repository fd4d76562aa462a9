using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MembraneKit.Notebooks;

/// <summary>
/// Writes <see cref="CellInterruption.ThrowIfRequested"/> into every loop body and before every
/// <c>goto</c> of a cell, without adding lines, and maps positions in the result back to the original.
/// </summary>
internal sealed partial class InterruptionInjector
{
    private const string Check = "global::MembraneKit.Notebooks.CellInterruption.ThrowIfRequested();";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    private readonly List<(int Position, int Length)> _insertions;

    private InterruptionInjector(string originalCode, string code, List<(int Position, int Length)> insertions)
    {
        OriginalCode = originalCode;
        Code = code;
        _insertions = insertions;
    }

    /// <summary>The cell's code as written.</summary>
    public string OriginalCode { get; }

    /// <summary>The code with the checks inserted.</summary>
    public string Code { get; }

    public static InterruptionInjector Inject(string code)
    {
        if (!MayLoop(code))
        {
            return new InterruptionInjector(code, code, []);
        }

        var root = CSharpSyntaxTree.ParseText(code, ParseOptions).GetRoot();
        var edits = new List<(int Position, int Order, string Text)>();
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case WhileStatementSyntax loop:
                    AddBody(loop.Statement, edits);
                    break;
                case DoStatementSyntax loop:
                    AddBody(loop.Statement, edits);
                    break;
                case ForStatementSyntax loop:
                    AddBody(loop.Statement, edits);
                    break;
                case CommonForEachStatementSyntax loop:
                    AddBody(loop.Statement, edits);
                    break;
                case GotoStatementSyntax jump when !jump.GetLeadingTrivia().Any(t => t.IsDirective):
                    edits.Add((jump.SpanStart, 1, "{" + Check));
                    edits.Add((jump.Span.End, 0, "}"));
                    break;
            }
        }

        if (edits.Count == 0)
        {
            return new InterruptionInjector(code, code, []);
        }

        // Closing braces before opening ones at the same position; otherwise keep source order.
        edits.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Order.CompareTo(b.Order));
        var builder = new StringBuilder(code.Length + (edits.Count * Check.Length));
        var insertions = new List<(int Position, int Length)>(edits.Count);
        var copied = 0;
        foreach (var (position, _, text) in edits)
        {
            builder.Append(code, copied, position - copied).Append(text);
            insertions.Add((position, text.Length));
            copied = position;
        }

        builder.Append(code, copied, code.Length - copied);
        return new InterruptionInjector(code, builder.ToString(), insertions);
    }

    /// <summary>Maps a position in <see cref="Code"/> back to the original cell text.</summary>
    public int ToOriginal(int position)
    {
        var shift = 0;
        foreach (var (original, length) in _insertions)
        {
            if (original + shift + length <= position)
            {
                shift += length;
            }
            else
            {
                if (original + shift <= position)
                {
                    return original;
                }

                break;
            }
        }

        return position - shift;
    }

    private static void AddBody(StatementSyntax body, List<(int Position, int Order, string Text)> edits)
    {
        if (body is BlockSyntax block)
        {
            edits.Add((block.OpenBraceToken.Span.End, 1, Check));
        }
        else
        {
            edits.Add((body.SpanStart, 1, "{" + Check));
            edits.Add((body.Span.End, 0, "}"));
        }
    }

    /// <summary>A cheap look for loop keywords, so most cells skip the extra parse.</summary>
    private static bool MayLoop(string code) => LoopKeyword().IsMatch(code);

    [GeneratedRegex(@"\b(?:while|for|foreach|do|goto)\b")]
    private static partial Regex LoopKeyword();
}
