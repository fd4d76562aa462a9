namespace MembraneKit.Notebooks;

/// <summary>One completion.</summary>
/// <param name="Text">What replaces the span (<c>Length</c>, <c>List</c>, <c>@class</c>).</param>
/// <param name="DisplayText">How a list shows it (<c>List&lt;&gt;</c> for a generic type).</param>
/// <param name="Kind">
/// What it is, in lower case: <c>method</c>, <c>property</c>, <c>field</c>, <c>event</c>, <c>local</c>,
/// <c>parameter</c>, <c>constant</c>, <c>class</c>, <c>struct</c>, <c>interface</c>, <c>enum</c>,
/// <c>enum member</c>, <c>delegate</c>, <c>namespace</c>, <c>keyword</c>, <c>type parameter</c>,
/// <c>label</c>, <c>operator</c>, or <c>text</c> when Roslyn names none of these.
/// </param>
/// <param name="Detail">Roslyn's short inline note where the item has one, otherwise <see langword="null"/> (most items).</param>
public sealed record CodeCompletionItem(string Text, string DisplayText, string Kind, string? Detail);
