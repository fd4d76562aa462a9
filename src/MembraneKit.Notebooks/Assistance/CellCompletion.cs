using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.Tags;
using RoslynCompletionItem = Microsoft.CodeAnalysis.Completion.CompletionItem;

namespace MembraneKit.Notebooks;

/// <summary>Roslyn's completions for a cell's document, filtered by what is typed and mapped to <see cref="CodeCompletion"/>.</summary>
internal static class CellCompletion
{
    /// <summary>Roslyn's kind tags, most specific first, with the word an item's kind is given as.</summary>
    private static readonly (string Tag, string Kind)[] Kinds =
    [
        (WellKnownTags.ExtensionMethod, "method"),
        (WellKnownTags.Method, "method"),
        (WellKnownTags.Property, "property"),
        (WellKnownTags.Field, "field"),
        (WellKnownTags.Event, "event"),
        (WellKnownTags.Local, "local"),
        (WellKnownTags.Parameter, "parameter"),
        (WellKnownTags.RangeVariable, "local"),
        (WellKnownTags.Constant, "constant"),
        (WellKnownTags.EnumMember, "enum member"),
        (WellKnownTags.Class, "class"),
        (WellKnownTags.Structure, "struct"),
        (WellKnownTags.Interface, "interface"),
        (WellKnownTags.Enum, "enum"),
        (WellKnownTags.Delegate, "delegate"),
        (WellKnownTags.TypeParameter, "type parameter"),
        (WellKnownTags.Namespace, "namespace"),
        (WellKnownTags.Module, "module"),
        (WellKnownTags.Keyword, "keyword"),
        (WellKnownTags.Intrinsic, "keyword"),
        (WellKnownTags.Label, "label"),
        (WellKnownTags.Operator, "operator"),
    ];

    public static async Task<CodeCompletion> CompleteAsync(Document document, int cursor, CancellationToken cancellationToken)
    {
        var service = CompletionService.GetService(document);
        if (service is null)
        {
            return new CodeCompletion(cursor, cursor, []);
        }

        var list = await service.GetCompletionsAsync(document, cursor, cancellationToken: cancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var span = list.Span;
        if (span.Start > cursor || span.End < cursor)
        {
            span = new Microsoft.CodeAnalysis.Text.TextSpan(cursor, 0);
        }

        var typed = text.ToString(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(span.Start, cursor));
        // An item whose acceptance edits more than its span cannot be offered as a replacement text:
        // types from namespaces the cell does not import (accepting one adds a using) and snippets.
        // Roslyn's matcher (prefix, camel humps, substrings, typos) is thorough but slow over hundreds
        // of items; keeping those that contain the first letter typed loses only typos of that letter.
        var items = list.ItemsList
            .Where(item => !item.IsComplexTextEdit && (typed.Length == 0 || item.FilterText.Contains(typed[0], StringComparison.OrdinalIgnoreCase)))
            .ToImmutableArray();
        var chosen = typed.Length == 0
            ? items.Sort((a, b) => string.CompareOrdinal(a.SortText, b.SortText))
            : service.FilterItems(document, items, typed);
        return new CodeCompletion(span.Start, span.End, chosen.Select(ToItem).ToArray());
    }

    private static CodeCompletionItem ToItem(RoslynCompletionItem item)
    {
        var text = item.Properties.TryGetValue("InsertionText", out var insertion) && !string.IsNullOrEmpty(insertion) ? insertion : item.DisplayText;
        var display = item.DisplayTextPrefix + item.DisplayText + item.DisplayTextSuffix;
        var kind = Kinds.FirstOrDefault(k => item.Tags.Contains(k.Tag)).Kind ?? "text";
        return new CodeCompletionItem(text, display, kind, string.IsNullOrEmpty(item.InlineDescription) ? null : item.InlineDescription);
    }
}
