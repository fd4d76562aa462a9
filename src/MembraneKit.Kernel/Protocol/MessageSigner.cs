using System.Security.Cryptography;
using System.Text;

namespace MembraneKit.Kernel;

/// <summary>
/// Signs and verifies messages with HMAC-SHA256 over their header, parent header, metadata and content,
/// as the messaging protocol specifies; the signature travels as lower-case hex.
/// </summary>
/// <remarks>
/// Verification compares in constant time, so the time a forged signature takes to reject says nothing
/// about how much of it was right. The key stays in this class: nothing here logs or prints it.
/// </remarks>
internal sealed class MessageSigner
{
    private const int SignatureBytes = 32;
    private readonly byte[] _key;

    public MessageSigner(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = Encoding.UTF8.GetBytes(key);
    }

    /// <summary>Whether messages are signed: false only when the connection file's key is empty.</summary>
    public bool IsEnabled => _key.Length > 0;

    /// <summary>The signature frame for the four signed parts: hex, or empty when signing is off.</summary>
    public byte[] Sign(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
    {
        if (!IsEnabled)
        {
            return [];
        }

        Span<byte> digest = stackalloc byte[SignatureBytes];
        Compute(header, parentHeader, metadata, content, digest);
        return Encoding.ASCII.GetBytes(Convert.ToHexStringLower(digest));
    }

    /// <summary>Whether <paramref name="signature"/> (a hex frame) is the signature of the four parts.</summary>
    public bool Verify(byte[] signature, byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
    {
        if (!IsEnabled)
        {
            return true;
        }

        if (signature.Length != SignatureBytes * 2)
        {
            return false;
        }

        Span<byte> claimed = stackalloc byte[SignatureBytes];
        if (Convert.FromHexString(Encoding.ASCII.GetString(signature), claimed, out _, out var written) != System.Buffers.OperationStatus.Done || written != SignatureBytes)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[SignatureBytes];
        Compute(header, parentHeader, metadata, content, expected);
        return CryptographicOperations.FixedTimeEquals(claimed, expected);
    }

    private void Compute(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(header);
        hmac.AppendData(parentHeader);
        hmac.AppendData(metadata);
        hmac.AppendData(content);
        hmac.GetHashAndReset(destination);
    }
}
