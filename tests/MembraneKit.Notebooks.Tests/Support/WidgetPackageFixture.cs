using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace MembraneKit.Notebooks.Tests;

/// <summary>
/// Builds, once per test run and in that run's own temporary folder, a tiny package "MembraneKit.TestWidgets" into a local folder feed: a
/// Widget type, an extension method that registers an HTML formatter for it, and an extension.dib
/// that adds <c>using TestWidgets;</c> and calls it — the shape of a real notebook extension.
/// Then loads it once in a session with a fresh restore cache, keeping what that first run produced.
/// </summary>
public sealed class WidgetPackageFixture : IAsyncLifetime
{
    public const string PackageId = "MembraneKit.TestWidgets";

    public string Feed { get; private set; } = "";

    public string Version { get; private set; } = "";

    public string AssemblyPath { get; private set; } = "";

    public string RestoreCache { get; } = TestNotebooks.TempFolder();

    public CellResult LoadCell { get; private set; } = null!;

    public CellResult WidgetCell { get; private set; } = null!;

    public int FirstSessionRestores { get; private set; }

    public string LoadSource => $"#i \"nuget: {Feed}\"\n#r \"nuget: {PackageId}, {Version}\"";

    public async Task InitializeAsync()
    {
        var versions = CentralVersions();
        var project = $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <AssemblyName>TestWidgets</AssemblyName>
                <PackageId>{PackageId}</PackageId>
                <Version>VERSION</Version>
                <Nullable>enable</Nullable>
                <IsPackable>true</IsPackable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <NoWarn>$(NoWarn);NU1603;NU1510;NU5128</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.DotNet.Interactive.Formatting" Version="{versions["Microsoft.DotNet.Interactive.Formatting"]}" />
                <PackageReference Include="System.Text.Encodings.Web" Version="{versions["System.Text.Encodings.Web"]}" />
                <PackageReference Include="Microsoft.AspNetCore.Html.Abstractions" Version="{versions["Microsoft.AspNetCore.Html.Abstractions"]}" />
                <None Include="extension.dib" Pack="true" PackagePath="interactive-extensions/dotnet" />
              </ItemGroup>
            </Project>
            """;
        const string code = """
            using System.Net;
            using Microsoft.DotNet.Interactive.Formatting;

            namespace TestWidgets;

            public sealed class Widget(string name)
            {
                public string Name { get; } = name;

                public override string ToString() => $"Widget {Name}";
            }

            public static class WidgetExtension
            {
                public static int LoadCount { get; private set; }

                public static void Load()
                {
                    Formatter.Register<Widget>((widget, writer) => writer.Write($"<b class=\"widget\">{WebUtility.HtmlEncode(widget.Name)}</b>"), "text/html");
                    LoadCount++;
                }
            }
            """;
        const string dib = """
            #!meta

            {"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}

            #!markdown

            Registers the widget formatter.

            #!csharp

            using TestWidgets;
            WidgetExtension.Load();
            """;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(project + code + dib)))[..12];
        Version = $"1.0.0-t{hash}";
        // This run's own folder (removed when the test process exits): a fixed /tmp folder would be shared with
        // other checkouts' runs and never cleaned. The lock below still keeps this process's classes to one pack.
        var root = Path.Combine(TestNotebooks.TempFolder(), $"widgets-{hash}");
        Feed = Path.Combine(root, "feed");
        AssemblyPath = Path.Combine(root, "src", "bin", "Release", "net8.0", "TestWidgets.dll");
        // Several test classes use this fixture: pack once, under a lock.
        await PackGate.WaitAsync();
        try
        {
            Directory.CreateDirectory(root);
            using var folderLock = await LockAsync(Path.Combine(root, ".lock"));
            if (!File.Exists(Path.Combine(Feed, $"{PackageId}.{Version}.nupkg")) || !File.Exists(AssemblyPath))
            {
                var source = Path.Combine(root, "src");
                Directory.CreateDirectory(source);
                await File.WriteAllTextAsync(Path.Combine(source, "TestWidgets.csproj"), project.Replace("VERSION", Version, StringComparison.Ordinal));
                await File.WriteAllTextAsync(Path.Combine(source, "Widget.cs"), code);
                await File.WriteAllTextAsync(Path.Combine(source, "extension.dib"), dib);
                await RunAsync("dotnet", source, "pack", "-c", "Release", "-o", Feed, "--nologo", "-p:ImportDirectoryBuildProps=false", "-p:ImportDirectoryPackagesProps=false");
            }
        }
        finally
        {
            PackGate.Release();
        }

        using var session = new NotebookSession(new SessionOptions { RestoreCacheDirectory = RestoreCache });
        LoadCell = await session.ExecuteAsync(LoadSource).WaitAsync(TestLimits.Restore);
        WidgetCell = await session.ExecuteAsync("display(new Widget(\"shown\"));\nnew Widget(\"<last>\")").WaitAsync(TestLimits.Restore);
        FirstSessionRestores = session.RestoreCount;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>
    /// A new feed folder holding the widget package under a version nobody has restored, above every version of it
    /// there is (the nuspec's version rewritten), so a restore of it must find it in a source: NuGet answers versions it has extracted before from
    /// its global-packages folder, whatever the sources say.
    /// </summary>
    public (string Feed, string Version) FeedWithFreshVersion()
    {
        // Ascending with time: NuGet satisfies "at least this version" from its global-packages folder too, so no
        // version extracted by an earlier run may be above the new one.
        var version = $"2.0.1-t.{DateTime.UtcNow.Ticks}.g{Guid.NewGuid():N}";
        var feed = TestNotebooks.TempFolder();
        var target = Path.Combine(feed, $"{PackageId}.{version}.nupkg");
        File.Copy(Path.Combine(Feed, $"{PackageId}.{Version}.nupkg"), target);
        using (var archive = System.IO.Compression.ZipFile.Open(target, System.IO.Compression.ZipArchiveMode.Update))
        {
            var entry = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
            string nuspec;
            using (var reader = new StreamReader(entry.Open()))
            {
                nuspec = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(entry.FullName).Open());
            writer.Write(nuspec.Replace($"<version>{Version}</version>", $"<version>{version}</version>", StringComparison.Ordinal));
        }

        return (feed, version);
    }

    private static readonly SemaphoreSlim PackGate = new(1, 1);

    private static async Task<FileStream> LockAsync(string path)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    private static Dictionary<string, string> CentralVersions()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Directory.Packages.props")))
        {
            folder = folder.Parent;
        }

        var props = XDocument.Load(Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Directory.Packages.props not found above the test folder."), "Directory.Packages.props"));
        return props.Descendants("PackageVersion").ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);
    }

    private static async Task RunAsync(string file, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TestLimits.Restore);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {TestLimits.Restore.TotalMinutes} minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed:\n{await output.WaitAsync(TimeSpan.FromSeconds(30))}\n{await error.WaitAsync(TimeSpan.FromSeconds(30))}");
        }
    }
}

/// <summary>The tests that share one <see cref="WidgetPackageFixture"/> (and so run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class WidgetCollection : ICollectionFixture<WidgetPackageFixture>
{
    public const string Name = "Widget package";
}
