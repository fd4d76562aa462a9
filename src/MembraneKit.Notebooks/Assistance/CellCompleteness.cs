using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MembraneKit.Notebooks;

/// <summary>
/// Decides whether a cell is complete, incomplete or invalid from its C# syntax alone (no compilation):
/// Roslyn's <see cref="SyntaxFactory.IsCompleteSubmission"/> (what the C# interactive window asks) plus
/// the two things it does not tell — an unterminated raw string, and errors that no added text can fix.
/// </summary>
internal static class CellCompleteness
{
    private const string IndentUnit = "    ";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>Errors that mean a literal, comment or preprocessor block is still open: more text closes it.</summary>
    private static readonly HashSet<string> StillOpen = new(StringComparer.Ordinal)
    {
        "CS1010", // newline in constant (an unterminated "string" or 'c')
        "CS1039", // unterminated string literal (verbatim)
        "CS1035", // end of file found, '*/' expected
        "CS8997", // unterminated raw string literal
        "CS8076", // missing '}' for an interpolated expression
        "CS1027", // #endif expected
        "CS1038", // #endregion expected
    };

    public static CodeCompleteness Check(string cell)
    {
        var code = CellCode.From(cell);
        if (!code.HasCode)
        {
            return new CodeCompleteness(CompletenessStatus.Complete, "");
        }

        var tree = CSharpSyntaxTree.ParseText(code.Text, ParseOptions);
        var root = tree.GetRoot();
        if (!TryCountOpenBraces(root, out var openBraces))
        {
            return new CodeCompleteness(CompletenessStatus.Invalid, "");
        }

        var errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length == 0)
        {
            return new CodeCompleteness(CompletenessStatus.Complete, "");
        }

        var stillOpen = errors.Any(e => StillOpen.Contains(e.Id));
        if (!stillOpen && SyntaxFactory.IsCompleteSubmission(tree))
        {
            // Syntactically finished, yet wrong: more text cannot help.
            return new CodeCompleteness(CompletenessStatus.Invalid, "");
        }

        // Something is missing at the end; an error before the end is one no added text can fix.
        var lastToken = root.GetLastToken();
        var end = lastToken.Span.End;
        if (errors.Any(e => !StillOpen.Contains(e.Id) && e.Location.SourceSpan.Start < end))
        {
            return new CodeCompleteness(CompletenessStatus.Invalid, "");
        }

        var levels = openBraces + (NeedsEmbeddedStatement(lastToken) ? 1 : 0);
        return new CodeCompleteness(CompletenessStatus.Incomplete, string.Concat(Enumerable.Repeat(IndentUnit, levels)));
    }

    /// <summary>
    /// Matches braces, parentheses and brackets; <see langword="false"/> when one closes without being
    /// opened, or closes another kind. Counts the braces left open (those of interpolations aside).
    /// </summary>
    private static bool TryCountOpenBraces(SyntaxNode root, out int openBraces)
    {
        var open = new Stack<SyntaxToken>();
        foreach (var token in root.DescendantTokens(descendIntoTrivia: true))
        {
            if (token.IsMissing || IsInNonCodeTrivia(token))
            {
                continue;
            }

            switch (token.Kind())
            {
                case SyntaxKind.OpenBraceToken or SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken:
                    open.Push(token);
                    break;
                case SyntaxKind.CloseBraceToken or SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken:
                    if (open.Count == 0 || !Closes(token.Kind(), open.Pop().Kind()))
                    {
                        openBraces = 0;
                        return false;
                    }

                    break;
            }
        }

        openBraces = open.Count(t => t.IsKind(SyntaxKind.OpenBraceToken) && t.Parent is not InterpolationSyntax);
        return true;
    }

    private static bool Closes(SyntaxKind close, SyntaxKind open) => (close, open) switch
    {
        (SyntaxKind.CloseBraceToken, SyntaxKind.OpenBraceToken) => true,
        (SyntaxKind.CloseParenToken, SyntaxKind.OpenParenToken) => true,
        (SyntaxKind.CloseBracketToken, SyntaxKind.OpenBracketToken) => true,
        _ => false,
    };

    /// <summary>Tokens of preprocessor directives and documentation comments are not code; skipped tokens are.</summary>
    private static bool IsInNonCodeTrivia(SyntaxToken token) =>
        token.Parent?.AncestorsAndSelf(ascendOutOfTrivia: false).OfType<StructuredTriviaSyntax>().FirstOrDefault() is { } trivia
        && trivia is not SkippedTokensTriviaSyntax;

    /// <summary>Whether the cell ends where a statement body must follow (<c>if (x)</c>, <c>else</c>, <c>for (…)</c>).</summary>
    private static bool NeedsEmbeddedStatement(SyntaxToken last) =>
        last.Kind() switch
        {
            SyntaxKind.CloseParenToken => last.Parent is IfStatementSyntax or WhileStatementSyntax or ForStatementSyntax
                or CommonForEachStatementSyntax or UsingStatementSyntax or LockStatementSyntax or FixedStatementSyntax,
            SyntaxKind.ElseKeyword or SyntaxKind.DoKeyword => true,
            _ => false,
        };
}
