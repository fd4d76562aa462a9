using System.Text.Json.Nodes;
using MembraneKit.Notebooks;

namespace MembraneKit.Kernel;

/// <summary>The kernel's <c>execute_request</c>: run a cell, broadcast its outputs, reply.</summary>
public sealed partial class JupyterKernel
{
    private async Task ExecuteAsync(JupyterMessage request, KernelChannel channel)
    {
        var content = request.Content;
        if (Text(content, "code") is not { } code)
        {
            Reply(request, channel, "execute_reply", WithCount(ErrorReply("InvalidRequest", "The execute_request has no \"code\" string."), _executionCount));
            return;
        }

        var silent = Flag(content, "silent", false);
        var storeHistory = !silent && Flag(content, "store_history", true);
        var allowStdin = Flag(content, "allow_stdin", false);
        var stopOnError = Flag(content, "stop_on_error", true);
        if (storeHistory)
        {
            _executionCount++;
        }

        var count = _executionCount;
        if (!silent)
        {
            Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count }, request);
        }

        Volatile.Write(ref _lastExecuteRequest, request);
        using var publisher = new CellOutputPublisher((type, body) => Publish(type, body, request), count, _options.StreamFlushInterval);
        _stdin.Begin(request, allowStdin, publisher.Flush);
        CellResult result;
        try
        {
            result = await _session.ExecuteAsync(code, kernelName: null, silent ? null : publisher.OnOutput).ConfigureAwait(false);
        }
        finally
        {
            _stdin.End();
            publisher.Complete();
        }

        if (storeHistory)
        {
            var value = result.Outputs.OfType<ExecuteResultOutput>().LastOrDefault();
            _history.Add(count, code, value?.Data.GetValueOrDefault("text/plain"));
        }

        JsonObject reply;
        if (result.Succeeded)
        {
            reply = new JsonObject
            {
                ["status"] = "ok",
                ["execution_count"] = count,
                ["payload"] = new JsonArray(),
                ["user_expressions"] = await EvaluateAsync(content["user_expressions"] as JsonObject).ConfigureAwait(false),
            };
        }
        else
        {
            var error = result.Error ?? new ErrorOutput("Error", $"The cell ended {result.Status}.", []);
            reply = CellOutputPublisher.ErrorContent(error);
            reply["status"] = "error";
            reply["execution_count"] = count;
            reply["user_expressions"] = new JsonObject();
        }

        Reply(request, channel, "execute_reply", reply, new JsonObject { ["status"] = reply["status"]!.DeepClone() });
        if (!result.Succeeded && stopOnError && !silent)
        {
            // As ipykernel does: the execute requests already waiting were sent expecting this one to
            // succeed, so they are answered "aborted" instead of run.
            _abortQueued = _shell.Reader.Count;
            if (_abortQueued > 0)
            {
                _log.Info($"The cell failed with stop_on_error: aborting the execute requests among the {_abortQueued} waiting request(s).");
            }
        }
    }

    /// <summary>
    /// Evaluates the request's <c>user_expressions</c> after a successful cell: each name gets the
    /// expression's value as a mime bundle, or an error entry.
    /// </summary>
    private async Task<JsonObject> EvaluateAsync(JsonObject? expressions)
    {
        var results = new JsonObject();
        if (expressions is null)
        {
            return results;
        }

        foreach (var (name, node) in expressions.ToArray())
        {
            if (node is not JsonValue value || !value.TryGetValue<string>(out var expression))
            {
                results[name] = ErrorReply("InvalidExpression", $"The user expression \"{name}\" is not a string.");
                continue;
            }

            var result = await _session.ExecuteAsync(expression).ConfigureAwait(false);
            if (result.Error is { } error)
            {
                var entry = CellOutputPublisher.ErrorContent(error);
                entry["status"] = "error";
                results[name] = entry;
            }
            else if (result.Outputs.OfType<ExecuteResultOutput>().LastOrDefault() is { } shown)
            {
                results[name] = new JsonObject { ["status"] = "ok", ["data"] = CellOutputPublisher.Bundle(shown.Data), ["metadata"] = new JsonObject() };
            }
            else
            {
                results[name] = ErrorReply("NoValueError", $"The user expression \"{name}\" has no value: give an expression (without a semicolon), not a statement.");
            }
        }

        return results;
    }

    private static JsonObject WithCount(JsonObject reply, int count)
    {
        reply["execution_count"] = count;
        return reply;
    }

    /// <summary>
    /// A display updated after its cell finished (a timer, a task, a later cell holding the handle) goes out as
    /// <c>update_display_data</c> with its display id, under the latest execute request: front ends update every
    /// output with that id, and nbclient only reads messages whose parent is the cell it is running.
    /// </summary>
    private void PublishLateUpdate(LateDisplayUpdate update)
    {
        if (Volatile.Read(ref _lastExecuteRequest) is { } parent)
        {
            Publish("update_display_data", CellOutputPublisher.DisplayContent(update.Output with { DisplayId = update.DisplayId }), parent);
        }
    }
}
