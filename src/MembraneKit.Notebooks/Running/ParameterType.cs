using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MembraneKit.Notebooks;

/// <summary>
/// The type a parameters cell gives a name, read from its syntax (the cell has not run): what values
/// it takes and how one is written as C#. Numbers, booleans, strings and one-dimensional lists of them
/// are checked here; any other named type is given the value's text through its
/// <c>Parse(string, IFormatProvider)</c> (<see cref="IParsable{TSelf}"/>), so a notebook's own types
/// decide what text they accept (units included) and the engine knows none of them.
/// </summary>
internal sealed record ParameterType(string Name, ParameterKind Kind, bool AcceptsNull, ParameterType? Element = null, long Min = long.MinValue, long Max = long.MaxValue)
{
    private static readonly Dictionary<SyntaxKind, (long Min, long Max)> IntegerRanges = new()
    {
        [SyntaxKind.ByteKeyword] = (byte.MinValue, byte.MaxValue),
        [SyntaxKind.SByteKeyword] = (sbyte.MinValue, sbyte.MaxValue),
        [SyntaxKind.ShortKeyword] = (short.MinValue, short.MaxValue),
        [SyntaxKind.UShortKeyword] = (ushort.MinValue, ushort.MaxValue),
        [SyntaxKind.IntKeyword] = (int.MinValue, int.MaxValue),
        [SyntaxKind.UIntKeyword] = (uint.MinValue, uint.MaxValue),
        [SyntaxKind.LongKeyword] = (long.MinValue, long.MaxValue),
        [SyntaxKind.ULongKeyword] = (0, long.MaxValue),
    };

    private static readonly HashSet<string> ListNames = new(StringComparer.Ordinal)
    {
        "List", "IList", "IReadOnlyList", "IEnumerable", "ICollection", "IReadOnlyCollection",
    };

    /// <summary>A name the engine cannot check (<c>object</c>, <c>var</c> with a computed value): the value is written as it is.</summary>
    public static ParameterType Unchecked { get; } = new("an unchecked type", ParameterKind.Unchecked, AcceptsNull: true);

    /// <summary>Reads a declared type; <paramref name="initializer"/> decides for <c>var</c>.</summary>
    public static ParameterType From(TypeSyntax type, ExpressionSyntax? initializer)
    {
        switch (type)
        {
            case NullableTypeSyntax nullable:
                return From(nullable.ElementType, null) with { Name = type.ToString(), AcceptsNull = true };
            case PredefinedTypeSyntax predefined:
                var keyword = predefined.Keyword.Kind();
                var name = predefined.Keyword.Text;
                if (IntegerRanges.TryGetValue(keyword, out var range))
                {
                    return new(name, ParameterKind.Integer, false, Min: range.Min, Max: range.Max) { Suffix = keyword is SyntaxKind.UIntKeyword or SyntaxKind.ULongKeyword ? "u" : "" };
                }

                return keyword switch
                {
                    SyntaxKind.DoubleKeyword => new(name, ParameterKind.Real, false),
                    SyntaxKind.FloatKeyword => new(name, ParameterKind.Real, false) { Suffix = "f" },
                    SyntaxKind.DecimalKeyword => new(name, ParameterKind.Real, false) { Suffix = "m" },
                    SyntaxKind.BoolKeyword => new(name, ParameterKind.Boolean, false),
                    SyntaxKind.StringKeyword => new(name, ParameterKind.Text, true),
                    _ => Unchecked,
                };
            case ArrayTypeSyntax array when array.RankSpecifiers.Count == 1 && array.RankSpecifiers[0].Rank == 1:
                return new(type.ToString(), ParameterKind.List, true, From(array.ElementType, null));
            case GenericNameSyntax generic when ListNames.Contains(generic.Identifier.ValueText) && generic.TypeArgumentList.Arguments.Count == 1:
                return new(type.ToString(), ParameterKind.List, true, From(generic.TypeArgumentList.Arguments[0], null));
            case QualifiedNameSyntax { Right: GenericNameSyntax generic } when ListNames.Contains(generic.Identifier.ValueText) && generic.TypeArgumentList.Arguments.Count == 1:
                return new(type.ToString(), ParameterKind.List, true, From(generic.TypeArgumentList.Arguments[0], null));
            case IdentifierNameSyntax { IsVar: true }:
                return FromInitializer(initializer);
            case NameSyntax named:
                return new(named.ToString(), ParameterKind.Parsable, false);
            default:
                return Unchecked;
        }
    }

    private static ParameterType FromInitializer(ExpressionSyntax? initializer)
    {
        var literal = initializer switch
        {
            LiteralExpressionSyntax plain => plain,
            PrefixUnaryExpressionSyntax { OperatorToken.RawKind: (int)SyntaxKind.MinusToken, Operand: LiteralExpressionSyntax negated } => negated,
            _ => null,
        };
        return literal?.Token.Value switch
        {
            int => From(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.IntKeyword)), null),
            long => From(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.LongKeyword)), null),
            uint => From(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.UIntKeyword)), null),
            ulong => From(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.ULongKeyword)), null),
            double => From(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.DoubleKeyword)), null),
            float => From(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.FloatKeyword)), null),
            decimal => From(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.DecimalKeyword)), null),
            bool => From(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.BoolKeyword)), null),
            string => From(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword)), null),
            _ => Unchecked,
        };
    }

    /// <summary>The literal suffix of the type's numbers (<c>f</c>, <c>m</c>, <c>u</c>).</summary>
    public string Suffix { get; init; } = "";

    /// <summary>Writes <paramref name="value"/> as C# of this type, or throws a message naming the parameter, the value and what it takes.</summary>
    public string Literal(string parameter, object? value)
    {
        if (value is null)
        {
            return AcceptsNull ? "null" : throw Refuse(parameter, value, "is not allowed (the type has no null)");
        }

        switch (Kind)
        {
            case ParameterKind.Unchecked:
                return ParameterInjection.ToCSharpLiteral(value);
            case ParameterKind.Real:
                return value switch
                {
                    long or int => Convert.ToString(value, CultureInfo.InvariantCulture) + (Suffix.Length > 0 ? Suffix : ".0"),
                    double real => ParameterInjection.ToCSharpLiteral(real) is var text && Suffix.Length > 0 && double.IsFinite(real) ? text + Suffix : text,
                    _ => throw Refuse(parameter, value, "is not a number" + UnitHint(value)),
                };
            case ParameterKind.Integer:
                return value switch
                {
                    long or int when Convert.ToInt64(value, CultureInfo.InvariantCulture) is var whole && whole >= Min && whole <= Max
                        => whole.ToString(CultureInfo.InvariantCulture) + Suffix,
                    long or int => throw Refuse(parameter, value, $"is outside {Min.ToString(CultureInfo.InvariantCulture)} to {Max.ToString(CultureInfo.InvariantCulture)}"),
                    double => throw Refuse(parameter, value, "is not a whole number"),
                    _ => throw Refuse(parameter, value, "is not a whole number" + UnitHint(value)),
                };
            case ParameterKind.Boolean:
                return value is bool flag ? (flag ? "true" : "false") : throw Refuse(parameter, value, "is not true or false");
            case ParameterKind.Text:
                return value is string word ? ParameterInjection.ToCSharpLiteral(word) : throw Refuse(parameter, value, "is not text (give text as a raw, string-only parameter)");
            case ParameterKind.List:
                if (value is not IEnumerable<object?> items || value is string)
                {
                    throw Refuse(parameter, value, "is not a list; write a list as [1, 2, 3]");
                }

                var written = items.Select((item, i) => Element!.Literal($"{parameter}[{i.ToString(CultureInfo.InvariantCulture)}]", item));
                return "[" + string.Join(", ", written) + "]";
            default:
                // A notebook's own type parses the text itself (IParsable): "8mM" means what the type says it means.
                var textValue = value switch
                {
                    string s => s,
                    double real => real.ToString("R", CultureInfo.InvariantCulture),
                    bool b => b ? "true" : "false",
                    IEnumerable<object?> => throw Refuse(parameter, value, "is a list, and a list is not one value"),
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
                };
                return $"{Name}.Parse({ParameterInjection.ToCSharpLiteral(textValue)}, global::System.Globalization.CultureInfo.InvariantCulture)";
        }
    }

    /// <summary>The type an undeclared parameter gets from its value (<c>var</c> cannot be given a list or a null).</summary>
    public static string DeclareUndeclared(string parameter, object? value)
    {
        switch (value)
        {
            case null:
                throw new ArgumentException($"{parameter} is not declared in the parameters cell, so null gives it no type; declare it there (for example string? {parameter} = null;) or give a value.");
            case IEnumerable<object?> items when value is not string:
                var list = items.ToList();
                var element = list switch
                {
                    [] => null,
                    _ when list.All(item => item is long or int) => "long",
                    _ when list.All(item => item is long or int or double) => "double",
                    _ when list.All(item => item is bool) => "bool",
                    _ when list.All(item => item is string) => "string",
                    _ => null,
                };
                if (element is null)
                {
                    throw new ArgumentException($"{parameter} is not declared in the parameters cell, and the list {Show(value)} gives it no one type; declare it there (for example double[] {parameter} = [];) or give items of one type.");
                }

                var type = From(SyntaxFactory.ParseTypeName(element), null);
                return $"var {parameter} = new {element}[] {{ {string.Join(", ", list.Select((item, i) => type.Literal($"{parameter}[{i.ToString(CultureInfo.InvariantCulture)}]", item)))} }};";
            default:
                return $"var {parameter} = {ParameterInjection.ToCSharpLiteral(value)};";
        }
    }

    /// <summary>A value as a user typed it, for messages.</summary>
    public static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"'{text}'",
        bool flag => flag ? "true" : "false",
        double real => real.ToString("R", CultureInfo.InvariantCulture),
        IEnumerable<object?> items => "[" + string.Join(", ", items.Select(Show)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private ArgumentException Refuse(string parameter, object? value, string problem)
    {
        var article = Name.Length > 0 && "aeiouAEIOU".Contains(Name[0], StringComparison.Ordinal) ? "an" : "a";
        return new ArgumentException($"{parameter} is {article} {Name}; {Show(value)} {problem}.");
    }

    /// <summary>"8mM" for a number: the name or comment of a plain number already says its unit.</summary>
    private static string UnitHint(object? value) =>
        value is string text && text.Length > 0 && (char.IsDigit(text[0]) || text[0] is '-' or '+' or '.') && text.Any(char.IsLetter)
            ? " (give the number alone, in the unit the parameter's name or comment says)"
            : "";
}

/// <summary>What values a <see cref="ParameterType"/> takes.</summary>
internal enum ParameterKind
{
    Unchecked,
    Integer,
    Real,
    Boolean,
    Text,
    List,
    Parsable,
}
