using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace MembraneKit.Kernel.Tests;

/// <summary>
/// Debian's classic Notebook server (<c>python3 -m notebook</c>, jupyter-notebook 6) serving one folder on a
/// free loopback port with a random token, in the Jupyter environment of a <see cref="KernelInstallation"/> so
/// the notebooks it opens start this build's kernel. Disposing it asks the server to shut down (which stops
/// its kernels), then kills whatever of its process tree is left: nothing outlives the test.
/// </summary>
public sealed class NotebookServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private NotebookServer(Process process, int port, string token)
    {
        _process = process;
        Port = port;
        Token = token;
    }

    public int Port { get; }

    public string Token { get; }

    /// <summary>What the server printed so far (its log goes to stderr).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The address of <paramref name="path"/> (e.g. <c>notebooks/x.ipynb</c>) with the token.</summary>
    public string Url(string path) => $"http://127.0.0.1:{Port}/{path}?token={Token}";

    /// <summary>Starts the server on <paramref name="folder"/> and waits, at most <paramref name="limit"/>, until its API answers.</summary>
    public static async Task<NotebookServer> StartAsync(string folder, IReadOnlyDictionary<string, string> environment, TimeSpan limit)
    {
        var port = FreePort();
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var argument in new[]
        {
            "-m", "notebook", "--no-browser", "--ip=127.0.0.1", $"--port={port}", "--NotebookApp.port_retries=0",
            // CI containers run as root; the flag changes nothing for anyone else.
            "--allow-root",
            $"--NotebookApp.token={token}", $"--notebook-dir={folder}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var server = new NotebookServer(process, port, token);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                var code = process.ExitCode;
                process.WaitForExit(TimeSpan.FromSeconds(30)); // the rest of its output, within a limit
                await server.DisposeAsync();
                throw new InvalidOperationException($"The Notebook server on port {port} exited with code {code} before it answered.\n{server.Log}");
            }

            try
            {
                using var status = await server._http.GetAsync(server.Url("api/status"));
                if (status.IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > limit)
            {
                await server.DisposeAsync();
                throw new TimeoutException($"The Notebook server on port {port} did not answer within {limit.TotalSeconds} s.\n{server.Log}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                // Notebook 6's shutdown endpoint stops its kernels before the server ends.
                using var shutdown = await _http.PostAsync(Url("api/shutdown"), content: null);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                await _process.WaitForExitAsync(wait.Token);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException or InvalidOperationException)
        {
            Append($"[test] the server did not shut down cleanly: {e.Message}");
        }
        finally
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            _process.Dispose();
            _http.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
