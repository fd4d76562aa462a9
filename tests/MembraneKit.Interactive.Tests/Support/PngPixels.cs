using System.Buffers.Binary;
using System.IO.Compression;

namespace MembraneKit.Interactive.Tests;

/// <summary>Reads the pixels of an 8-bit RGB or RGBA PNG (what a browser screenshot is), enough to tell a
/// blank image from a drawn one.</summary>
internal static class PngPixels
{
    /// <summary>The fraction of pixels that are not (near) white.</summary>
    internal static double InkFraction(byte[] png)
    {
        var (width, height, channels, rows) = Decode(png);
        long inked = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var p = y * width * channels + x * channels;
                if (rows[p] < 235 || rows[p + 1] < 235 || rows[p + 2] < 235)
                {
                    inked++;
                }
            }
        }

        return (double)inked / ((long)width * height);
    }

    private static (int Width, int Height, int Channels, byte[] Pixels) Decode(byte[] png)
    {
        var (width, height, channels) = (0, 0, 0);
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0)
                {
                    throw new NotSupportedException("Only 8-bit, non-interlaced PNGs are read.");
                }

                channels = data[9] switch { 2 => 3, 6 => 4, _ => throw new NotSupportedException($"PNG colour type {data[9]}") };
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var src = y * (stride + 1) + 1;
            for (var i = 0; i < stride; i++)
            {
                var left = i >= channels ? pixels[y * stride + i - channels] : 0;
                var up = y > 0 ? pixels[(y - 1) * stride + i] : 0;
                var upLeft = y > 0 && i >= channels ? pixels[(y - 1) * stride + i - channels] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    _ => Paeth(left, up, upLeft),
                };
                pixels[y * stride + i] = (byte)(raw[src + i] + predictor);
            }
        }

        return (width, height, channels, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
