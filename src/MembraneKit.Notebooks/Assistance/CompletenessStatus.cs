namespace MembraneKit.Notebooks;

/// <summary>Whether a cell is ready to run.</summary>
public enum CompletenessStatus
{
    /// <summary>It can run as it is: a full statement, or a trailing expression without a semicolon.</summary>
    Complete,

    /// <summary>It needs more text: an open brace, parenthesis or bracket, an unterminated string or comment, a statement that needs more.</summary>
    Incomplete,

    /// <summary>No added text can make it valid (a stray closing brace, a syntax error before its end); running it reports the error.</summary>
    Invalid,
}
