using System.Security.Cryptography;
using System.Text;
using MembraneKit.Notebooks;

namespace MembraneKit.Grading;

/// <summary>
/// nbgrader's cell checksum, reproduced exactly (nbgrader/utils.py <c>compute_checksum</c>, checked against
/// the checksums nbgrader wrote into its own documentation's released notebooks): the MD5 of the UTF-8 bytes
/// of, in order, the cell's source, its type, Python's <c>str</c> of whether it is a grade cell, a solution
/// cell and locked (<c>True</c>/<c>False</c>, locked as <see cref="NbgraderMetadata.IsLocked"/>), its
/// <c>grade_id</c>, and for a grade cell Python's <c>str(float(points))</c>; as 32 lowercase hex digits.
/// </summary>
public static class NbgraderChecksum
{
    /// <summary>The checksum of a cell as it stands.</summary>
    /// <param name="cell">A cell with nbgrader metadata and a <c>grade_id</c>.</param>
    /// <exception cref="ArgumentException">The cell has no nbgrader metadata or no <c>grade_id</c>.</exception>
    public static string Compute(NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var meta = NbgraderMetadata.Read(cell)
            ?? throw new ArgumentException("The cell has no nbgrader metadata, so it has no nbgrader checksum.", nameof(cell));
        if (meta.GradeId is null)
        {
            throw new ArgumentException("The cell has no nbgrader grade_id, so it has no nbgrader checksum.", nameof(cell));
        }

        var text = new StringBuilder()
            .Append(cell.Source)
            .Append(cell.CellType)
            .Append(PythonBool(meta.Grade))
            .Append(PythonBool(meta.Solution))
            .Append(PythonBool(meta.IsLocked))
            .Append(meta.GradeId);
        if (meta.Grade)
        {
            text.Append(PythonFloat.Format(meta.Points ?? 0));
        }

        return Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string PythonBool(bool value) => value ? "True" : "False";
}
