using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Text;

namespace MembraneKit.Notebooks;

/// <summary>
/// A Roslyn workspace that mirrors a session's submission chain, for completion and inspection: one
/// submission project per cell the session has compiled (its code, its references with documentation,
/// the previous cell's project referenced as the scripting session chains them), and a working project
/// after the last one whose only document is the cell being edited.
/// </summary>
/// <remarks>
/// Built on first use (loading Roslyn's editor features costs tens of megabytes), then kept: a new cell
/// adds one project, and each request only swaps the working document's text, so the earlier cells'
/// compilations are reused. The solution is immutable; a request works on its own fork of it and never
/// waits for a running cell.
/// </remarks>
internal sealed class SessionWorkspace : IDisposable
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse, SourceCodeKind.Script);

    private readonly AdhocWorkspace _workspace = new(MefHostServices.DefaultHost, WorkspaceKind.Interactive);
    private readonly Lock _lock = new();
    private readonly List<(Script Script, ProjectId Project)> _submissions = [];
    private Solution _solution;
    private Script? _workingAfter;
    private ScriptOptions? _workingOptions;
    private DocumentId? _workingDocument;

    public SessionWorkspace() => _solution = _workspace.CurrentSolution;

    /// <summary>A document holding <paramref name="text"/> as the next cell after the snapshot's last one.</summary>
    public Document Fork(SessionSnapshot snapshot, string text)
    {
        lock (_lock)
        {
            if (_workingDocument is null || !ReferenceEquals(snapshot.Last, _workingAfter) || !ReferenceEquals(snapshot.Options, _workingOptions))
            {
                Rebuild(snapshot);
            }

            return _solution.WithDocumentText(_workingDocument!, SourceText.From(text)).GetDocument(_workingDocument!)!;
        }
    }

    /// <summary>
    /// Keeps a document's solution as the base of later forks, so the working compilation computed for
    /// it is updated incrementally next time instead of built again.
    /// </summary>
    public void Keep(Document document)
    {
        lock (_lock)
        {
            if (document.Id == _workingDocument)
            {
                _solution = document.Project.Solution;
            }
        }
    }

    public void Dispose() => _workspace.Dispose();

    private void Rebuild(SessionSnapshot snapshot)
    {
        var chain = new List<Script>();
        for (var script = snapshot.Last; script is not null; script = script.Previous)
        {
            chain.Add(script);
        }

        chain.Reverse();
        var solution = _solution;
        if (_workingDocument is not null)
        {
            solution = solution.RemoveProject(_workingDocument.ProjectId);
        }

        // Keep the projects of the cells both chains share; drop the rest (a chain only ever grows, but be safe).
        var shared = 0;
        while (shared < _submissions.Count && shared < chain.Count && ReferenceEquals(_submissions[shared].Script, chain[shared]))
        {
            shared++;
        }

        for (var i = _submissions.Count - 1; i >= shared; i--)
        {
            solution = solution.RemoveProject(_submissions[i].Project);
            _submissions.RemoveAt(i);
        }

        for (var i = shared; i < chain.Count; i++)
        {
            var script = chain[i];
            var previous = i > 0 ? _submissions[i - 1].Project : null;
            (solution, var project) = AddSubmission(solution, i, script.GetCompilation(), previous, script.Code);
            _submissions.Add((script, project));
        }

        // The working cell continues the chain with the session's current options (packages loaded since).
        var working = snapshot.Last?.ContinueWith("", snapshot.Options) ?? CSharpScript.Create("", snapshot.Options);
        (solution, var workingProject) = AddSubmission(solution, chain.Count, working.GetCompilation(), _submissions.Count > 0 ? _submissions[^1].Project : null, "");
        _workingDocument = solution.GetProject(workingProject)!.DocumentIds[0];
        _workingAfter = snapshot.Last;
        _workingOptions = snapshot.Options;
        _solution = solution;
    }

    private static (Solution Solution, ProjectId Project) AddSubmission(Solution solution, int index, Compilation compilation, ProjectId? previous, string code)
    {
        var name = $"Submission#{index}";
        var id = ProjectId.CreateNewId(name);
        var references = compilation.ExternalReferences.Select(DocumentedReferences.WithDocumentation).ToImmutableArray();
        var project = ProjectInfo.Create(
            id,
            VersionStamp.Create(),
            name,
            name,
            LanguageNames.CSharp,
            compilationOptions: compilation.Options.WithScriptClassName(name),
            parseOptions: ParseOptions,
            metadataReferences: references,
            projectReferences: previous is null ? [] : [new ProjectReference(previous)],
            isSubmission: true);
        solution = solution.AddProject(project).AddDocument(DocumentId.CreateNewId(id, name), name, SourceText.From(code));
        return (solution, id);
    }
}

/// <summary>What a session had compiled when a request came: its last submission and its current options.</summary>
/// <param name="Last">The last submission that compiled, or <see langword="null"/> before the first.</param>
/// <param name="Options">The options the next cell would compile with (references of packages loaded since included).</param>
internal sealed record SessionSnapshot(Script? Last, ScriptOptions Options);
