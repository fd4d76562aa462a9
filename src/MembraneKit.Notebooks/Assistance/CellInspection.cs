using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;

namespace MembraneKit.Notebooks;

/// <summary>Finds the symbol at a cursor in a cell's document and describes it: C# signature and XML documentation.</summary>
internal static class CellInspection
{
    private static readonly SymbolDisplayFormat Signature = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeVariance | SymbolDisplayGenericsOptions.IncludeTypeConstraints,
        memberOptions: SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeContainingType
            | SymbolDisplayMemberOptions.IncludeRef | SymbolDisplayMemberOptions.IncludeConstantValue,
        delegateStyle: SymbolDisplayDelegateStyle.NameAndSignature,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue
            | SymbolDisplayParameterOptions.IncludeParamsRefOut | SymbolDisplayParameterOptions.IncludeExtensionThis,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        localOptions: SymbolDisplayLocalOptions.IncludeType | SymbolDisplayLocalOptions.IncludeConstantValue | SymbolDisplayLocalOptions.IncludeRef,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword | SymbolDisplayKindOptions.IncludeNamespaceKeyword | SymbolDisplayKindOptions.IncludeMemberKeyword,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers
            | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier | SymbolDisplayMiscellaneousOptions.AllowDefaultLiteral);

    public static async Task<SymbolInspection?> InspectAsync(Document document, int cursor, int detailLevel, CancellationToken cancellationToken)
    {
        var symbol = await SymbolAtAsync(document, cursor, cancellationToken).ConfigureAwait(false);
        return symbol is null ? null : Describe(symbol, detailLevel, cancellationToken);
    }

    /// <summary>
    /// The symbol under or just left of the cursor (<c>Math.Sqrt|</c>); else, inside a call's
    /// parentheses (<c>Math.Sqrt(|</c>), the method called.
    /// </summary>
    private static async Task<ISymbol?> SymbolAtAsync(Document document, int cursor, CancellationToken cancellationToken)
    {
        foreach (var position in cursor > 0 ? [cursor, cursor - 1] : new[] { cursor })
        {
            var found = await SymbolFinder.FindSymbolAtPositionAsync(document, position, cancellationToken).ConfigureAwait(false);
            if (found is not null && !IsScriptClass(found))
            {
                return found;
            }
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return null;
        }

        var token = root.FindToken(Math.Max(0, cursor - 1));
        var arguments = token.Parent?.AncestorsAndSelf().OfType<BaseArgumentListSyntax>()
            .FirstOrDefault(list => list.Span.Start < cursor && (list.Span.End > cursor || list.GetLastToken().IsMissing));
        SyntaxNode? call = arguments?.Parent switch
        {
            InvocationExpressionSyntax invocation => invocation,
            BaseObjectCreationExpressionSyntax creation => creation,
            ElementAccessExpressionSyntax access => access,
            ConstructorInitializerSyntax initializer => initializer,
            _ => null,
        };
        if (call is null)
        {
            return null;
        }

        var info = model.GetSymbolInfo(call, cancellationToken);
        return info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
    }

    private static SymbolInspection Describe(ISymbol symbol, int detailLevel, CancellationToken cancellationToken)
    {
        var signature = SignatureOf(symbol);
        var documented = (symbol is IMethodSymbol { ReducedFrom: { } extension } ? extension : symbol).OriginalDefinition;
        var docs = DocumentationText.Parse(documented.GetDocumentationCommentXml(expandIncludes: true, cancellationToken: cancellationToken));

        var plain = new StringBuilder(signature);
        var markdown = new StringBuilder(DocumentationText.CodeBlock(signature, "csharp"));
        Section(plain, markdown, null, docs.Summary);
        if (detailLevel > 0)
        {
            List(plain, markdown, "Type parameters", docs.TypeParameters);
            List(plain, markdown, "Parameters", docs.Parameters);
            Section(plain, markdown, "Returns", docs.Returns);
            Section(plain, markdown, "Value", docs.Value);
            Section(plain, markdown, "Remarks", docs.Remarks);
            List(plain, markdown, "Exceptions", docs.Exceptions);
        }

        return new SymbolInspection(plain.ToString(), markdown.ToString());
    }

    /// <summary>The C# signature, without the script class a cell's members live in (<c>Submission#0.</c>).</summary>
    private static string SignatureOf(ISymbol symbol)
    {
        var parts = symbol.ToDisplayParts(Signature);
        var text = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Symbol is { } owner && IsScriptClass(owner))
            {
                if (i + 1 < parts.Length && parts[i + 1].ToString() == ".")
                {
                    i++;
                }

                continue;
            }

            text.Append(parts[i].ToString());
        }

        return text.ToString();
    }

    private static bool IsScriptClass(ISymbol symbol) => symbol is INamedTypeSymbol { IsScriptClass: true } or INamedTypeSymbol { IsImplicitClass: true };

    private static void Section(StringBuilder plain, StringBuilder markdown, string? title, DocumentationText.Rendered text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        plain.Append("\n\n");
        markdown.Append("\n\n");
        if (title is not null)
        {
            plain.Append(title).Append(":\n");
            markdown.Append("**").Append(title).Append("**\n\n");
        }

        plain.Append(text.PlainText);
        markdown.Append(text.Markdown);
    }

    private static void List(StringBuilder plain, StringBuilder markdown, string title, IReadOnlyList<(string Name, DocumentationText.Rendered Text)> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        plain.Append("\n\n").Append(title).Append(':');
        markdown.Append("\n\n**").Append(title).Append("**\n");
        foreach (var (name, text) in entries)
        {
            plain.Append("\n  ").Append(name).Append(": ").Append(text.PlainText.Replace("\n", "\n    ", StringComparison.Ordinal));
            markdown.Append("\n- ").Append(DocumentationText.CodeSpan(name)).Append(": ").Append(text.Markdown.Replace("\n", "\n  ", StringComparison.Ordinal));
        }
    }
}
