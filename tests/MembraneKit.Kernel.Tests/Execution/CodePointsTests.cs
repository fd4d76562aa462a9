namespace MembraneKit.Kernel.Tests.Execution;

public class CodePointsTests
{
    private const string Text = "a\U0001F600b\U0001F9EAc"; // a 😀 b 🧪 c: five code points, seven UTF-16 units

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 4)]
    [InlineData(4, 6)]
    [InlineData(5, 7)]
    public void Code_point_offsets_map_to_utf16_offsets_and_back(int codePoints, int utf16)
    {
        Assert.Equal(utf16, CodePoints.ToUtf16(Text, codePoints));
        Assert.Equal(codePoints, CodePoints.FromUtf16(Text, utf16));
    }

    [Fact]
    public void Offsets_past_the_end_are_clamped()
    {
        Assert.Equal(Text.Length, CodePoints.ToUtf16(Text, 99));
        Assert.Equal(5, CodePoints.FromUtf16(Text, 99));
        Assert.Equal(5, CodePoints.Length(Text));
    }

}
