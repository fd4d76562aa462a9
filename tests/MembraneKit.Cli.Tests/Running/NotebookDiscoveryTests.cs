using MembraneKit.Cli.Running;

namespace MembraneKit.Cli.Tests;

public sealed class NotebookDiscoveryTests
{
    private static string Touch(string root, string relative)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{}");
        return path;
    }

    [Fact]
    public void Two_notebooks_named_alike_in_different_folders_are_a_collision_naming_both_and_the_copy()
    {
        using var folder = new TempFolder();
        var first = Touch(folder.Path, "a/x.ipynb");
        var second = Touch(folder.Path, "b/x.ipynb");
        var jobs = NotebookDiscovery.Find([first, second], out _);

        var collision = Assert.Single(NotebookDiscovery.Collisions(jobs, Path.Combine(folder.Path, "out"), folder.Path));

        Assert.Equal(
            $"{Path.Combine("a", "x.ipynb")} and {Path.Combine("b", "x.ipynb")} would both be written to {Path.Combine("out", "x.ipynb")}, one over the other. "
            + "Run them with different --out folders, or name the folder that holds them: a folder's notebooks keep their paths under --out.",
            collision);
    }

    [Fact]
    public void Two_searched_folders_with_a_notebook_of_one_relative_path_collide_too()
    {
        using var folder = new TempFolder();
        Touch(folder.Path, "week1/sub/hw.ipynb");
        Touch(folder.Path, "week2/sub/hw.ipynb");
        var jobs = NotebookDiscovery.Find([Path.Combine(folder.Path, "week1"), Path.Combine(folder.Path, "week2")], out _);

        var collision = Assert.Single(NotebookDiscovery.Collisions(jobs, folder.Path, folder.Path));

        Assert.StartsWith($"{Path.Combine("week1", "sub", "hw.ipynb")} and {Path.Combine("week2", "sub", "hw.ipynb")} would both be written to {Path.Combine("sub", "hw.ipynb")},", collision, StringComparison.Ordinal);
    }

    [Fact]
    public void Their_common_folder_keeps_the_two_apart()
    {
        using var folder = new TempFolder();
        Touch(folder.Path, "a/x.ipynb");
        Touch(folder.Path, "b/x.ipynb");
        var jobs = NotebookDiscovery.Find([folder.Path], out _);

        Assert.Empty(NotebookDiscovery.Collisions(jobs, Path.Combine(folder.Path, "out"), folder.Path));
        Assert.Equal([Path.Combine("a", "x.ipynb"), Path.Combine("b", "x.ipynb")], jobs.Select(j => j.RelativeOutput));
    }

    [Fact]
    public void A_folder_search_never_reaches_build_output_checkpoint_or_hidden_folders_or_hidden_files()
    {
        using var folder = new TempFolder();
        Touch(folder.Path, "01.ipynb");
        Touch(folder.Path, "sub/02.ipynb");
        foreach (var skipped in new[] { "artifacts/notebooks/01.ipynb", "bin/x.ipynb", "obj/x.ipynb", "Bin/y.ipynb", "node_modules/x.ipynb", ".ipynb_checkpoints/01-checkpoint.ipynb", ".hidden/x.ipynb", "sub/artifacts/x.ipynb", "sub/.git/x.ipynb", ".01.ipynb", "sub/.draft.ipynb" })
        {
            Touch(folder.Path, skipped);
        }

        var jobs = NotebookDiscovery.Find([folder.Path], out var missing);

        Assert.Empty(missing);
        Assert.Equal(["01.ipynb", Path.Combine("sub", "02.ipynb")], jobs.Select(j => j.RelativeOutput));
    }

    [Fact]
    public void A_folder_link_back_up_the_tree_is_not_followed()
    {
        using var folder = new TempFolder();
        Touch(folder.Path, "a/01.ipynb");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "a", "loop"), folder.Path);

        var jobs = NotebookDiscovery.Find([folder.Path], out _);

        Assert.Equal([Path.Combine("a", "01.ipynb")], jobs.Select(j => j.RelativeOutput));
    }

    [Fact]
    public void Missing_paths_are_reported_by_what_was_typed_and_the_rest_still_found()
    {
        using var folder = new TempFolder();
        var notebook = Touch(folder.Path, "01.ipynb");

        var jobs = NotebookDiscovery.Find(["no/such/thing.ipynb", notebook], out var missing);

        Assert.Equal(["no/such/thing.ipynb"], missing);
        Assert.Equal([notebook], jobs.Select(j => j.InputPath));
    }

    [Fact]
    public void A_file_named_on_the_command_line_runs_even_in_a_skipped_folder_and_is_listed_once()
    {
        using var folder = new TempFolder();
        var inArtifacts = Touch(folder.Path, "artifacts/kept.ipynb");

        var jobs = NotebookDiscovery.Find([inArtifacts, inArtifacts, Path.Combine(folder.Path, "artifacts", "..", "artifacts", "kept.ipynb")], out _);

        var job = Assert.Single(jobs);
        Assert.Equal(inArtifacts, job.InputPath);
        Assert.Equal("kept.ipynb", job.RelativeOutput);
    }

    [Fact]
    public void Notebooks_come_in_name_order_with_a_folders_files_before_its_subfolders()
    {
        using var folder = new TempFolder();
        Touch(folder.Path, "b/01.ipynb");
        Touch(folder.Path, "10.ipynb");
        Touch(folder.Path, "02.ipynb");
        Touch(folder.Path, "a/03.ipynb");

        var jobs = NotebookDiscovery.Find([folder.Path], out _);

        Assert.Equal(["02.ipynb", "10.ipynb", Path.Combine("a", "03.ipynb"), Path.Combine("b", "01.ipynb")], jobs.Select(j => j.RelativeOutput));
    }
}
