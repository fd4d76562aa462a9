namespace MembraneKit;

/// <summary>
/// A question a student answers before a notebook computes, with the answer and its reason kept for the moment
/// the cell runs. The notebook asks the question in markdown; the cell that follows builds the prediction from
/// the library's result, so the answer is always the one the numbers give — also for parameters the student
/// changed. Its display hides the answer behind a "show the answer" fold where the front end allows, and its
/// plain text reads as question, answer and reason.
/// </summary>
public sealed record Prediction
{
    private Prediction(string question, string answer, string reason)
    {
        Question = question;
        Answer = answer;
        Reason = reason;
    }

    /// <summary>The question, as the student read it before running the cell.</summary>
    public string Question { get; }

    /// <summary>The answer the computation gives, in a sentence (usually with the computed numbers).</summary>
    public string Answer { get; }

    /// <summary>Why the answer is what it is: the idea the question tests.</summary>
    public string Reason { get; }

    /// <summary>Makes a prediction to reveal.</summary>
    /// <param name="question">The question; not empty.</param>
    /// <param name="answer">The answer, computed by the notebook (for example from a condition on the library's result); not empty.</param>
    /// <param name="reason">Why: the idea behind the answer; not empty.</param>
    /// <exception cref="InvalidInputException">A text is empty.</exception>
    public static Prediction Reveal(string question, string answer, string reason) =>
        new(Required(question, nameof(question)), Required(answer, nameof(answer)), Required(reason, nameof(reason)));

    /// <summary>Question, answer and reason on three lines.</summary>
    public override string ToString() => $"Predict: {Question}\nAnswer: {Answer}\nWhy: {Reason}";

    private static string Required(string? text, string parameterName) =>
        string.IsNullOrWhiteSpace(text)
            ? throw new InvalidInputException(parameterName, text is null ? "null" : "\"" + text + "\"", "a sentence that is not empty")
            : text.Trim();
}
