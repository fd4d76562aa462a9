using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks;

/// <summary>
/// Keeps a saved notebook small when a cell wrote a lot: each stream output longer than the
/// <see cref="StreamLimits"/> keeps its first and last lines, and the middle becomes one line that
/// says how much was cut and which file holds the full text. The caller writes those files, so nothing
/// is lost (<c>membranekit run</c> writes them beside the executed copy).
/// </summary>
/// <remarks>
/// Only the saved copy is cut: a session's results and a kernel's messages carry every character.
/// The note reads, for example,
/// <c>[… 99,000 lines (588,890 bytes) of stdout cut here; the full text is in lab.cell-3.stdout.txt …]</c>.
/// </remarks>
public static class StreamTruncation
{
    /// <summary>
    /// Cuts, in place, every stream output of <paramref name="notebook"/> that exceeds
    /// <paramref name="limits"/>, and returns what was cut with the file name each note gives.
    /// </summary>
    /// <param name="notebook">The notebook to change (usually an executed copy about to be saved).</param>
    /// <param name="limits">How much of each stream to keep.</param>
    /// <param name="fileNamePrefix">
    /// The start of each full-text file name, usually the notebook's file name without <c>.ipynb</c>:
    /// files are named <c>&lt;prefix&gt;.cell-&lt;n&gt;.&lt;stream&gt;.txt</c> (<c>n</c> counting cells
    /// from 1), with <c>-2</c>, <c>-3</c>… after the stream name for a cell's later cut outputs of the
    /// same stream.
    /// </param>
    public static IReadOnlyList<TruncatedStream> Apply(Notebook notebook, StreamLimits limits, string fileNamePrefix)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileNamePrefix);
        var cuts = new List<TruncatedStream>();
        for (var cellIndex = 0; cellIndex < notebook.Cells.Count; cellIndex++)
        {
            if (notebook.Cells[cellIndex].Json["outputs"] is not JsonArray outputs)
            {
                continue;
            }

            var perStream = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var outputIndex = 0; outputIndex < outputs.Count; outputIndex++)
            {
                if (outputs[outputIndex] is not JsonObject output || !IsStream(output, out var streamName))
                {
                    continue;
                }

                var text = JupyterJson.JoinMultiline(output["text"]);
                if (!TryFindCut(text, limits, out var headEnd, out var tailStart))
                {
                    continue;
                }

                var count = perStream[streamName] = perStream.GetValueOrDefault(streamName) + 1;
                var fileName = string.Create(CultureInfo.InvariantCulture, $"{fileNamePrefix}.cell-{cellIndex + 1}.{streamName}{(count > 1 ? $"-{count}" : "")}.txt");
                var cut = Cut(text, headEnd, tailStart, streamName, fileName, out var linesCut, out var bytesCut);
                output["text"] = JupyterJson.SplitLines(cut);
                cuts.Add(new TruncatedStream(cellIndex, outputIndex, streamName, fileName, text, linesCut, bytesCut));
            }
        }

        return cuts;
    }

    /// <summary>
    /// Cuts one stream's text to <paramref name="limits"/>, or returns it unchanged when it fits.
    /// </summary>
    /// <param name="text">The stream's text.</param>
    /// <param name="streamName">The stream's name, for the note.</param>
    /// <param name="limits">How much to keep.</param>
    /// <param name="fullTextFileName">The file the note names for the full text, or <see langword="null"/> for none.</param>
    public static string Truncate(string text, string streamName, StreamLimits limits, string? fullTextFileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(streamName);
        ArgumentNullException.ThrowIfNull(limits);
        return TryFindCut(text, limits, out var headEnd, out var tailStart) ? Cut(text, headEnd, tailStart, streamName, fullTextFileName, out _, out _) : text;
    }

    private static bool IsStream(JsonObject output, out string streamName)
    {
        streamName = "";
        if (output["output_type"] is not JsonValue type || type.GetValueKind() != JsonValueKind.String || type.GetValue<string>() != "stream")
        {
            return false;
        }

        // The name goes into a file name: anything but the two standard streams is called "stream".
        var name = output["name"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : "";
        streamName = name is StreamOutput.StandardOutput or StreamOutput.StandardError ? name : "stream";
        return true;
    }

    private static string Cut(string text, int headEnd, int tailStart, string streamName, string? fileName, out int linesCut, out long bytesCut)
    {
        var middle = text.AsSpan(headEnd, tailStart - headEnd);
        linesCut = middle.Count('\n');
        bytesCut = Utf8Length(middle);
        var amount = linesCut > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{linesCut:N0} {(linesCut == 1 ? "line" : "lines")} ({bytesCut:N0} bytes)")
            : string.Create(CultureInfo.InvariantCulture, $"{bytesCut:N0} bytes of one line");
        var where = fileName is null ? "" : $"; the full text is in {fileName}";
        var separator = headEnd > 0 && text[headEnd - 1] != '\n' ? "\n" : "";
        return string.Concat(text.AsSpan(0, headEnd), separator, $"[… {amount} of {streamName} cut here{where} …]\n", text.AsSpan(tailStart));
    }

    /// <summary>
    /// Finds the head to keep (<c>[0, headEnd)</c>) and the tail (<c>[tailStart, end)</c>); false when
    /// they meet, so nothing needs cutting.
    /// </summary>
    private static bool TryFindCut(string text, StreamLimits limits, out int headEnd, out int tailStart)
    {
        headEnd = HeadEnd(text, limits.HeadLines, limits.HeadBytes);
        tailStart = TailStart(text, limits.TailLines, limits.TailBytes, headEnd);
        return headEnd < tailStart;
    }

    /// <summary>The end of the first <paramref name="lines"/> lines, moved back to fit <paramref name="bytes"/>.</summary>
    private static int HeadEnd(string text, int lines, int bytes)
    {
        var used = 0L;
        var lastLineEnd = 0;
        var seen = 0;
        for (var i = 0; i < text.Length && seen < lines; i++)
        {
            var width = CharWidth(text, i);
            if (used + width > bytes)
            {
                // Over the byte budget: end after the last whole line, or inside the first line if it alone is too long.
                return lastLineEnd > 0 ? lastLineEnd : BackOffPair(text, i);
            }

            used += width;
            if (text[i] == '\n')
            {
                seen++;
                lastLineEnd = i + 1;
            }
        }

        return seen < lines ? text.Length : lastLineEnd;
    }

    /// <summary>The start of the last <paramref name="lines"/> lines, moved forward to fit <paramref name="bytes"/>; never before <paramref name="floor"/>.</summary>
    private static int TailStart(string text, int lines, int bytes, int floor)
    {
        var used = 0L;
        var lastLineStart = text.Length;
        var seen = 0;
        // A last line without its line end still counts as a line.
        var end = text.Length > 0 && text[^1] != '\n' ? text.Length : text.Length - 1;
        if (lines == 0)
        {
            return text.Length;
        }

        for (var i = text.Length - 1; i >= floor; i--)
        {
            if (i < end && text[i] == '\n')
            {
                seen++;
                lastLineStart = i + 1;
                if (seen == lines)
                {
                    return lastLineStart;
                }
            }

            var width = CharWidth(text, i);
            if (used + width > bytes)
            {
                return lastLineStart < text.Length ? lastLineStart : ForwardOffPair(text, i + 1);
            }

            used += width;
        }

        return floor;
    }

    /// <summary>The UTF-8 width of the character at <paramref name="i"/>: a surrogate pair's two halves count 2 bytes each.</summary>
    private static int CharWidth(string text, int i)
    {
        var c = text[i];
        return c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
    }

    /// <summary>A head's end moved back off the middle of a surrogate pair (the pair is cut whole).</summary>
    private static int BackOffPair(string text, int position) => SplitsPair(text, position) ? position - 1 : position;

    /// <summary>A tail's start moved forward off the middle of a surrogate pair (the pair is cut whole).</summary>
    private static int ForwardOffPair(string text, int position) => SplitsPair(text, position) ? position + 1 : position;

    private static bool SplitsPair(string text, int position) =>
        position > 0 && position < text.Length && char.IsLowSurrogate(text[position]) && char.IsHighSurrogate(text[position - 1]);

    private static long Utf8Length(ReadOnlySpan<char> text)
    {
        var length = 0L;
        foreach (var c in text)
        {
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
        }

        return length;
    }
}
