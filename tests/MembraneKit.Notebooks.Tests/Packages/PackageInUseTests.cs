namespace MembraneKit.Notebooks.Tests;

public sealed class PackageInUseTests
{
    private static string Copy()
    {
        var copy = Path.Combine(TestNotebooks.TempFolder(), "kit.test", "1.0.0");
        Directory.CreateDirectory(Path.Combine(copy, "lib"));
        File.WriteAllText(Path.Combine(copy, ".nupkg.metadata"), "{}");
        File.WriteAllText(Path.Combine(copy, "lib", "Kit.Test.dll"), "x");
        return copy;
    }

    [Fact]
    public void A_copy_this_process_has_loaded_from_cannot_be_removed()
    {
        var copy = Copy();
        PackageInUse.Hold(copy);

        Assert.False(PackageInUse.TryRemove(copy));
        Assert.True(File.Exists(Path.Combine(copy, "lib", "Kit.Test.dll")));
    }

    [Fact]
    public void A_copy_nobody_holds_is_removed_whole_leaving_nothing_aside()
    {
        var copy = Copy();

        Assert.True(PackageInUse.TryRemove(copy));
        Assert.False(Directory.Exists(copy));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(copy)!));
    }

    [Fact]
    public void Holding_a_folder_without_a_marker_or_that_is_gone_does_nothing()
    {
        PackageInUse.Hold(Path.Combine(TestNotebooks.TempFolder(), "no", "such", "package"));
        var bare = TestNotebooks.TempFolder();
        PackageInUse.Hold(bare);
        Assert.True(PackageInUse.TryRemove(bare));
    }
}
