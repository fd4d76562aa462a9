namespace MembraneKit;

/// <summary>
/// Thrown when an argument to MembraneKit is outside what the physics allows. The message names the
/// parameter, the value given (with its unit) and what is allowed, and where the value looks like a
/// unit slip it says which slip.
/// </summary>
/// <example><c>temperature 37 K is below 200 K — did you mean 37.Celsius()?</c></example>
public sealed class InvalidInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="parameterName">The name of the offending parameter, as the caller wrote it.</param>
    /// <param name="value">The value given, formatted with its unit.</param>
    /// <param name="allowed">What is allowed, in words (for example "a finite value above 0 mM").</param>
    /// <param name="hint">An optional hint naming the likely slip.</param>
    public InvalidInputException(string parameterName, string value, string allowed, string? hint = null)
        : base(Compose(parameterName, value, allowed, hint), parameterName)
    {
        Value = value;
        Allowed = allowed;
        Hint = hint;
    }

    /// <summary>The value that was given, formatted with its unit.</summary>
    public string Value { get; }

    /// <summary>What would have been allowed.</summary>
    public string Allowed { get; }

    /// <summary>The likely slip, when one is recognisable; otherwise <see langword="null"/>.</summary>
    public string? Hint { get; }

    /// <summary>The message without the "(Parameter 'x')" suffix that <see cref="ArgumentException"/> appends.</summary>
    public string Reason => Compose(ParamName ?? "", Value, Allowed, Hint);

    private static string Compose(string parameterName, string value, string allowed, string? hint) =>
        hint is null
            ? $"{parameterName} = {value} is not allowed: expected {allowed}."
            : $"{parameterName} = {value} is not allowed: expected {allowed} — {hint}";
}
