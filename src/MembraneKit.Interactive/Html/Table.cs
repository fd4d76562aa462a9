namespace MembraneKit.Interactive;

/// <summary>A compact HTML table: column headers carry their units, the first cell of a row is its header.</summary>
internal sealed class Table
{
    private readonly List<(string Header, string? Unit)> _columns = [];
    private readonly List<string[]> _rows = [];
    private readonly string? _caption;

    internal Table(string? caption = null) => _caption = caption;

    /// <summary>Adds a column; <paramref name="unit"/> is shown in brackets after the header.</summary>
    internal Table Column(string header, string? unit = null)
    {
        _columns.Add((header, unit));
        return this;
    }

    /// <summary>Adds a row of cell texts, one per column.</summary>
    internal Table Row(params string[] cells)
    {
        if (cells.Length != _columns.Count)
        {
            throw new ArgumentException($"A row has {cells.Length} cells for {_columns.Count} columns.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>The table's markup.</summary>
    internal Markup ToMarkup()
    {
        var w = new MarkupWriter().Open("table", ("class", "mk-table"));
        if (_caption is not null)
        {
            w.Element("caption", _caption);
        }

        w.Open("thead").Open("tr");
        foreach (var (header, unit) in _columns)
        {
            w.Open("th", ("scope", "col")).Text(header);
            if (unit is not null)
            {
                w.Element("span", " (" + unit + ")", ("class", "mk-unit"));
            }

            w.Close();
        }

        w.Close().Close().Open("tbody");
        foreach (var row in _rows)
        {
            w.Open("tr").Element("th", row[0], ("scope", "row"));
            foreach (var cell in row.Skip(1))
            {
                w.Element("td", cell);
            }

            w.Close();
        }

        return w.Close().Close().ToMarkup();
    }
}
