using System.Globalization;
using System.Text.RegularExpressions;
using Sylvan.Data.Csv;

namespace MembraneKit.Grading;

/// <summary>
/// A class list: a CSV file (RFC 4180, UTF-8) whose header names the columns <c>id</c> (required) and
/// <c>name</c> (optional); other columns are ignored. Ids are unique, non-empty, and made of letters,
/// digits, '.', '_' and '-' (each names the student's folder). A bad file is refused with the line named.
/// </summary>
public sealed partial class Roster
{
    private Roster(IReadOnlyList<Student> students) => Students = students;

    /// <summary>The students, in file order.</summary>
    public IReadOnlyList<Student> Students { get; }

    /// <summary>Reads a roster file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <exception cref="InvalidDataException">The file breaks the format; the message names the file and line.</exception>
    public static Roster Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    /// <summary>Reads roster CSV text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The file's name, for messages.</param>
    /// <exception cref="InvalidDataException">The text breaks the format; the message names the file and line.</exception>
    public static Roster Parse(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        var students = new List<Student>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' });
            var columns = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim().ToLowerInvariant()).ToArray();
            var idColumn = Array.IndexOf(columns, "id");
            var nameColumn = Array.IndexOf(columns, "name");
            if (columns.All(c => c.Length == 0))
            {
                throw new InvalidDataException($"{name}: the roster is empty; it needs a header line 'id,name' and one line per student");
            }

            if (idColumn < 0)
            {
                throw new InvalidDataException($"{name}, line 1: the header '{string.Join(",", columns)}' has no 'id' column; the roster's header is 'id,name' (name optional, other columns ignored)");
            }

            while (csv.Read())
            {
                var line = csv.RowNumber + 1; // Sylvan counts records after the header; the header is line 1
                if (csv.RowFieldCount == 1 && csv.GetString(0).Trim().Length == 0)
                {
                    continue;
                }

                if (csv.RowFieldCount != columns.Length)
                {
                    throw new InvalidDataException($"{name}, line {line}: {csv.RowFieldCount} field(s) where the header has {columns.Length}; quote a field that holds a comma");
                }

                var id = csv.GetString(idColumn).Trim();
                var studentName = nameColumn >= 0 ? csv.GetString(nameColumn).Trim() : "";
                if (id.Length == 0)
                {
                    throw new InvalidDataException($"{name}, line {line}: the id is empty; every student needs one");
                }

                if (!IdPattern().IsMatch(id))
                {
                    throw new InvalidDataException($"{name}, line {line}: id '{id}' may hold only letters, digits, '.', '_' and '-' (it names the student's folder)");
                }

                if (seen.TryGetValue(id, out var first))
                {
                    throw new InvalidDataException($"{name}, line {line}: id '{id}' is already on line {first}; ids are unique");
                }

                seen[id] = line;
                students.Add(new Student(id, studentName));
            }
        }
        catch (CsvFormatException e)
        {
            throw new InvalidDataException($"{name}, line {e.RowNumber + 1}: malformed CSV (an unclosed or stray quote?)", e);
        }

        if (students.Count == 0)
        {
            throw new InvalidDataException($"{name}: the roster lists no students; add one line 'id,name' per student after the header");
        }

        return new Roster(students);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex IdPattern();
}
