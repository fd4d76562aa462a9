using System.Reflection;
using System.Runtime.CompilerServices;

namespace MembraneKit.Tests.Design;

/// <summary>
/// Models and results are immutable: re-running a notebook cell must never pile up state. No public type
/// of the physics library has a public field that is not read-only, or a public property setter that is
/// not init-only.
/// </summary>
public class ImmutabilityTests
{
    public static TheoryData<Type> PublicTypes() =>
        [.. typeof(Membrane).Assembly.GetExportedTypes().Where(t => !t.IsInterface && !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t) && !typeof(Exception).IsAssignableFrom(t))];

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Public_types_have_no_mutable_public_state(Type type)
    {
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => f.Name);
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name);
        var mutable = fields.Concat(setters).ToArray();
        Assert.True(mutable.Length == 0, $"{type.Name} exposes mutable state: {string.Join(", ", mutable)}");
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
