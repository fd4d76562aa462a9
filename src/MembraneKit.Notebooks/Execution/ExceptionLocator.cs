using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace MembraneKit.Notebooks;

/// <summary>
/// Turns an exception thrown by cell code into a Jupyter traceback whose frames in cell code carry
/// the cell-relative line.
/// </summary>
/// <remarks>
/// Cells compile without debug information (it would cost every cell a few milliseconds). Only when
/// an exception escapes does the locator emit the failed submission's compilation again, this time
/// with a portable PDB — the IL is the same — and read the sequence point of each frame's IL offset.
/// </remarks>
internal sealed class ExceptionLocator
{
    private readonly ConcurrentDictionary<string, (Compilation Compilation, string Label)> _submissions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, MetadataReaderProvider?> _pdbs = new(StringComparer.Ordinal);

    public void Register(Compilation compilation, string label)
    {
        if (compilation.AssemblyName is { } name)
        {
            _submissions[name] = (compilation, label);
        }
    }

    public ErrorOutput Describe(Exception exception)
    {
        var traceback = new List<string>();
        int? firstLine = null;
        string? firstLabel = null;
        var current = exception;
        var depth = 0;
        while (current is not null && depth < 8)
        {
            traceback.Add((depth == 0 ? "" : " ---> ") + $"{current.GetType().FullName}: {current.Message}");
            foreach (var frame in new StackTrace(current, fNeedFileInfo: false).GetFrames())
            {
                var method = frame.GetMethod();
                if (method is null)
                {
                    continue;
                }

                var type = method.DeclaringType;
                if (IsMachinery(type?.Namespace))
                {
                    continue;
                }

                var assemblyName = method.Module.Assembly.GetName().Name ?? "";
                if (_submissions.TryGetValue(assemblyName, out var submission))
                {
                    var line = LineOf(assemblyName, submission.Compilation, method, frame.GetILOffset());
                    var where = line is { } l ? $"{submission.Label} line {l}" : submission.Label;
                    traceback.Add($"   at {DescribeCellMethod(method)} in {where}");
                    if (line is not null && firstLine is null)
                    {
                        firstLine = line;
                        firstLabel = submission.Label;
                    }
                }
                else
                {
                    traceback.Add($"   at {type?.FullName ?? "?"}.{method.Name}");
                }
            }

            current = current.InnerException;
            depth++;
        }

        if (firstLine is { } cellLine)
        {
            traceback.Insert(0, $"{exception.GetType().FullName} at {firstLabel} line {cellLine}");
        }

        return new ErrorOutput(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, traceback);
    }

    /// <summary>Frames of the script host and of async plumbing say nothing about the cell.</summary>
    private static bool IsMachinery(string? ns) =>
        ns is not null
        && (ns.StartsWith("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal)
            || ns.StartsWith("MembraneKit.Notebooks", StringComparison.Ordinal)
            || ns == "System.Runtime.CompilerServices"
            || ns == "System.Runtime.ExceptionServices");

    /// <summary>A method the cell declared keeps its name; compiler-made ones (the cell body, lambdas) read "cell code".</summary>
    private static string DescribeCellMethod(MethodBase method)
    {
        var typeName = method.DeclaringType?.Name ?? "";
        if (method.Name.Contains('<', StringComparison.Ordinal) || typeName.Contains('<', StringComparison.Ordinal))
        {
            return "cell code";
        }

        return typeName.StartsWith("Submission#", StringComparison.Ordinal) ? method.Name : $"{typeName}.{method.Name}";
    }

    private int? LineOf(string assemblyName, Compilation compilation, MethodBase method, int ilOffset)
    {
        if (ilOffset < 0)
        {
            return null;
        }

        var provider = _pdbs.GetOrAdd(assemblyName, _ => EmitPdb(compilation));
        if (provider is null)
        {
            return null;
        }

        try
        {
            var reader = provider.GetMetadataReader();
            var handle = MetadataTokens.MethodDefinitionHandle(method.MetadataToken & 0x00FFFFFF);
            var debugInformation = reader.GetMethodDebugInformation(handle.ToDebugInformationHandle());
            int? line = null;
            foreach (var point in debugInformation.GetSequencePoints())
            {
                if (point.Offset > ilOffset)
                {
                    break;
                }

                if (!point.IsHidden)
                {
                    line = point.StartLine;
                }
            }

            return line;
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    private static MetadataReaderProvider? EmitPdb(Compilation compilation)
    {
        using var pe = new MemoryStream();
        var pdb = new MemoryStream();
        var result = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        if (!result.Success)
        {
            return null;
        }

        pdb.Position = 0;
        return MetadataReaderProvider.FromPortablePdbStream(pdb);
    }
}
