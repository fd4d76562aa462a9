using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MembraneKit.Notebooks;

/// <summary>
/// A Jupyter notebook (nbformat 4): a view over its JSON that keeps every field and metadata entry it
/// does not model, and writes the file as Jupyter does (sorted keys, one-space indent, trailing newline).
/// </summary>
public sealed class Notebook
{
    private readonly JsonObject _root;
    private readonly List<NotebookCell> _cells;

    /// <param name="root">A notebook that <see cref="NotebookFormat"/> accepts.</param>
    private Notebook(JsonObject root)
    {
        _root = root;
        _cells = ((JsonArray)root["cells"]!).Select(cell => new NotebookCell((JsonObject)cell!)).ToList();
    }

    /// <summary>The cells, in order.</summary>
    public IReadOnlyList<NotebookCell> Cells => _cells;

    /// <summary>The notebook's metadata object.</summary>
    public JsonObject Metadata => _root["metadata"] as JsonObject ?? (JsonObject)(_root["metadata"] = new JsonObject());

    /// <summary>The major format version (<c>nbformat</c>); this model handles 4.</summary>
    public int FormatMajor => _root["nbformat"] is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<int>() : 4;

    /// <summary>The minor format version (<c>nbformat_minor</c>); cell ids are required from 4.5.</summary>
    public int FormatMinor => _root["nbformat_minor"] is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<int>() : 0;

    /// <summary>
    /// The notebook's default kernel: <c>polyglot_notebook.defaultKernelName</c>, else derived from the
    /// kernelspec language; <c>csharp</c> when nothing says otherwise.
    /// </summary>
    public string DefaultKernelName
    {
        get
        {
            if (Metadata["polyglot_notebook"]?["defaultKernelName"] is JsonValue name && name.GetValueKind() == JsonValueKind.String)
            {
                return name.GetValue<string>();
            }

            var language = Metadata["kernelspec"]?["language"] is JsonValue lang && lang.GetValueKind() == JsonValueKind.String ? lang.GetValue<string>() : null;
            return language?.ToUpperInvariant() switch
            {
                "F#" or "FSHARP" => "fsharp",
                "POWERSHELL" or "PWSH" => "pwsh",
                "PYTHON" => "python",
                _ => "csharp",
            };
        }
    }

    /// <summary>Parses notebook JSON.</summary>
    /// <param name="json">The text of an <c>.ipynb</c> file.</param>
    /// <exception cref="InvalidDataException">
    /// The text is not an nbformat 4 notebook: not JSON, not an object, no <c>nbformat</c> 4, no
    /// <c>cells</c> array, a cell without <c>cell_type</c> or <c>source</c>, an unknown cell type…; the
    /// message says what is wrong.
    /// </exception>
    public static Notebook Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(json, null);
    }

    /// <summary>Reads an <c>.ipynb</c> file.</summary>
    /// <param name="path">The file to read.</param>
    /// <exception cref="InvalidDataException">
    /// The file is not an nbformat 4 notebook; the message is <c>&lt;path&gt;: &lt;what is wrong&gt;</c>.
    /// </exception>
    public static Notebook Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path, Encoding.UTF8), path);
    }

    /// <summary>Makes an empty nbformat 4.5 notebook with Polyglot Notebooks C# metadata.</summary>
    public static Notebook CreateEmpty() => Parse("""
        {
         "cells": [],
         "metadata": {
          "kernelspec": { "display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp" },
          "language_info": { "name": "polyglot-notebook" },
          "polyglot_notebook": { "kernelInfo": { "defaultKernelName": "csharp", "items": [ { "aliases": [], "name": "csharp" } ] } }
         },
         "nbformat": 4,
         "nbformat_minor": 5
        }
        """);

    /// <summary>A deep copy, so a run can fill outputs without touching the original.</summary>
    public Notebook Clone() => new((JsonObject)_root.DeepClone());

    /// <summary>Inserts a cell, giving it an id when the format (4.5+) requires one.</summary>
    /// <param name="index">Where to insert it.</param>
    /// <param name="cell">The cell.</param>
    public void InsertCell(int index, NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (FormatMinor >= 5 && cell.Id is null)
        {
            cell.Json["id"] = NewCellId();
        }

        ((JsonArray)_root["cells"]!).Insert(index, cell.Json);
        _cells.Insert(index, cell);
    }

    /// <summary>Appends a cell, giving it an id when the format (4.5+) requires one.</summary>
    /// <param name="cell">The cell.</param>
    public void AddCell(NotebookCell cell) => InsertCell(_cells.Count, cell);

    /// <summary>The notebook as Jupyter writes it: sorted keys, one-space indent, a trailing newline.</summary>
    public string ToJson() => JupyterJson.Write(_root);

    /// <summary>
    /// Writes the notebook to a temporary file beside <paramref name="path"/>, then renames it over the
    /// target, so a reader never sees a half-written file and a failure leaves the old file intact.
    /// </summary>
    /// <param name="path">The file to write.</param>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToJson());

    private static Notebook Parse(string json, string? path)
    {
        string? problem;
        JsonNode? root = null;
        try
        {
            root = JupyterJson.Parse(json);
            problem = NotebookFormat.FindProblem(root);
        }
        catch (JsonException e)
        {
            problem = $"not valid JSON: {e.Message}";
        }

        if (problem is not null)
        {
            problem = problem.TrimEnd('.');
            throw new InvalidDataException(path is null ? $"The notebook is not valid nbformat 4: {problem}." : $"{path}: {problem}.");
        }

        return new Notebook((JsonObject)root!);
    }

    private string NewCellId()
    {
        var taken = _cells.Select(cell => cell.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        string id;
        do
        {
            id = Guid.NewGuid().ToString("N")[..8];
        }
        while (taken.Contains(id));

        return id;
    }
}
