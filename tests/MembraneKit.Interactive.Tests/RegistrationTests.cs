using System.Reflection;
using Microsoft.DotNet.Interactive.Formatting;

namespace MembraneKit.Interactive.Tests;

public class RegistrationTests : FormatterTestBase
{
    [Fact]
    public void Registering_twice_is_harmless()
    {
        var before = Formatter.RegisteredFormatters(false).Count();
        MembraneKitFormatters.Register();
        MembraneKitFormatters.Register();
        Assert.Equal(before, Formatter.RegisteredFormatters(false).Count());
        Assert.True(MembraneKitFormatters.IsRegistered);
    }

    [Fact]
    public void Registration_survives_a_formatter_reset_by_registering_again()
    {
        Formatter.ResetToDefault();
        Assert.False(MembraneKitFormatters.IsRegistered);
        MembraneKitFormatters.Register();
        Assert.True(MembraneKitFormatters.IsRegistered);
    }

    [Fact]
    public void Html_is_the_preferred_mime_type_of_every_displayed_type()
    {
        Assert.All(MembraneKitFormatters.DisplayedTypes, t => Assert.Equal("text/html", Formatter.GetPreferredMimeTypesFor(t).First()));
    }

    /// <summary>Every public model and result type of the physics library has a display; the list of those that
    /// do not is empty (static classes, exceptions and enums are not displayed values).</summary>
    [Fact]
    public void Every_public_model_and_result_type_of_the_physics_library_has_a_display()
    {
        var missing = typeof(Membrane).Assembly.GetExportedTypes()
            .Where(t => !(t.IsAbstract && t.IsSealed) && !typeof(Exception).IsAssignableFrom(t) && !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t))
            .Where(t => Formatter.GetPreferredFormatterFor(t, "text/html") is not DelegateTypeFormatter)
            .Select(t => t.Name)
            .ToArray();
        Assert.True(missing.Length == 0, "No display for: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_extension_script_registers_the_displays_and_brings_the_namespaces_into_scope()
    {
        var dib = File.ReadAllText(Path.Combine(Repository.Root, "src", "MembraneKit.Interactive", "extension.dib"));
        Assert.StartsWith("#!csharp", dib);
        Assert.Contains("using MembraneKit;", dib);
        Assert.Contains("using MembraneKit.Interactive;", dib);
        Assert.Contains("MembraneKitFormatters.Register();", dib);
    }

    [Fact]
    public void The_project_packs_the_extension_script_where_the_kernel_looks_for_it()
    {
        var project = File.ReadAllText(Path.Combine(Repository.Root, "src", "MembraneKit.Interactive", "MembraneKit.Interactive.csproj"));
        Assert.Contains("<None Include=\"extension.dib\" Pack=\"true\" PackagePath=\"interactive-extensions/dotnet\" />", project);
    }

    [Fact]
    public void Display_assembly_has_one_public_entry_point_for_registration()
    {
        var registers = typeof(MembraneKitFormatters).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name == "Register")
            .ToArray();
        Assert.Single(registers);
    }
}
