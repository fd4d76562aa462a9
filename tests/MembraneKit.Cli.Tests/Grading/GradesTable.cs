namespace MembraneKit.Cli.Tests.Grading;

/// <summary>grades.csv read back: a row per student, fields by column name (the notes column may be quoted).</summary>
internal sealed class GradesTable
{
    private GradesTable(IReadOnlyList<string> header, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Rows { get; }

    public static GradesTable Load(string path)
    {
        var lines = File.ReadAllText(path).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = Fields(lines[0]);
        var rows = lines.Skip(1).Select(Fields)
            .ToDictionary(f => f[0], f => (IReadOnlyDictionary<string, string>)header.Zip(f).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal), StringComparer.Ordinal);
        return new GradesTable(header, rows);
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
