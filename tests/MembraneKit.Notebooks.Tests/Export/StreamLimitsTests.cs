namespace MembraneKit.Notebooks.Tests;

public sealed class StreamLimitsTests
{
    [Theory]
    [InlineData("HeadLines")]
    [InlineData("TailLines")]
    [InlineData("HeadBytes")]
    [InlineData("TailBytes")]
    public void A_negative_limit_is_refused_with_its_name_and_value(string property)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => property switch
        {
            "HeadLines" => new StreamLimits { HeadLines = -1 },
            "TailLines" => new StreamLimits { TailLines = -1 },
            "HeadBytes" => new StreamLimits { HeadBytes = -1 },
            _ => new StreamLimits { TailBytes = -1 },
        });

        Assert.Equal(property, error.ParamName);
        Assert.Contains($"{property} is -1", error.Message, StringComparison.Ordinal);
        Assert.Contains("0 or more", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_keep_500_lines_and_64_KiB_at_each_end()
    {
        Assert.Equal((500, 500, 65_536, 65_536), (StreamLimits.Default.HeadLines, StreamLimits.Default.TailLines, StreamLimits.Default.HeadBytes, StreamLimits.Default.TailBytes));
    }
}
