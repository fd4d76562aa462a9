namespace MembraneKit.Tests.Teaching;

public class PredictionTests
{
    [Fact]
    public void A_prediction_keeps_question_answer_and_reason_trimmed()
    {
        var p = Prediction.Reveal(" Up or down? ", "Down.", "Because.");
        Assert.Equal(("Up or down?", "Down.", "Because."), (p.Question, p.Answer, p.Reason));
    }

    [Theory]
    [InlineData("", "a", "b", "question")]
    [InlineData("q", " ", "b", "answer")]
    [InlineData("q", "a", "", "reason")]
    public void An_empty_text_is_refused_by_name(string question, string answer, string reason, string parameter)
    {
        var e = Assert.Throws<InvalidInputException>(() => Prediction.Reveal(question, answer, reason));
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains("not empty", e.Message, StringComparison.Ordinal);
    }
}
