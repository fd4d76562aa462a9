using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MembraneKit.Grading;

/// <summary>
/// The stable choice of a student's value: SHA-256 of "membranekit-variant", the seed, the student's id and
/// the parameter's name (UTF-8, newline-separated); its first eight bytes, little-endian, modulo the number
/// of values. The same on every machine and run, unlike <see cref="string.GetHashCode()"/>; each parameter
/// draws independently.
/// </summary>
internal static class VariantSeed
{
    public static int Choose(long seed, string studentId, string parameter, int count)
    {
        var text = $"membranekit-variant\n{seed}\n{studentId}\n{parameter}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return (int)(BinaryPrimitives.ReadUInt64LittleEndian(hash) % (ulong)count);
    }
}
