using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Manifold.Bench.Server;

/// <summary>The Trino client protocol as a plain <see cref="HttpClient"/> loop: <c>POST /v1/statement</c> with
/// <c>X-Trino-User</c>, then GET each <c>nextUri</c> until a document has none. Bodies are read as they stream in and
/// scanned by <see cref="ResponseScanner"/>; rows are counted, never kept.</summary>
/// <remarks>Thread-safe when <paramref name="http"/> is; one instance serves many concurrent statements.</remarks>
public sealed class StatementClient(HttpClient http, Uri server, string user = "bench")
{
    private static readonly MediaTypeHeaderValue s_textPlain = new("text/plain") { CharSet = "utf-8" };
    private readonly Uri _statement = new(server, "v1/statement");

    /// <summary>The coordinator's base address.</summary>
    public Uri Server => server;

    /// <summary>Whether to charge the thread CPU time of JSON decoding to <see cref="StatementRun.DecodeCpuTicks"/>
    /// (two system calls per read: worth it for large results, not for many short ones).</summary>
    public bool MeasureDecodeCpu { get; init; }

    /// <summary>Runs <paramref name="sql"/> to the end.</summary>
    /// <exception cref="HttpRequestException">A response other than 200 (the body's start is in the message).</exception>
    public async Task<StatementRun> ExecuteAsync(string sql, CancellationToken cancellationToken = default)
    {
        long started = Stopwatch.GetTimestamp();
        var scanner = new ResponseScanner();
        var request = new HttpRequestMessage(HttpMethod.Post, _statement) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(sql)) };
        request.Content.Headers.ContentType = s_textPlain;
        request.Headers.TryAddWithoutValidation("X-Trino-User", user);
        long rows = 0;
        long bytes = 0;
        long cpu = 0;
        int documents = 0;
        TimeSpan? leftQueued = null;
        while (true)
        {
            scanner.Reset();
            (long read, long decode) = await ReadAsync(request, scanner, cancellationToken).ConfigureAwait(false);
            bytes += read;
            cpu += decode;
            rows += scanner.Rows;
            documents++;
            if (leftQueued is null && scanner.State is not null and not "QUEUED")
            {
                leftQueued = Stopwatch.GetElapsedTime(started);
            }
            if (scanner.NextUri is not { } next)
            {
                break;
            }
            request = new HttpRequestMessage(HttpMethod.Get, next);
        }
        TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
        return new StatementRun(scanner.Id, scanner.State ?? "UNKNOWN", rows, bytes, documents, scanner.QueuedTimeMillis,
            leftQueued ?? elapsed, elapsed, cpu, scanner.Error);
    }

    private async Task<(long Bytes, long DecodeCpuTicks)> ReadAsync(HttpRequestMessage request, ResponseScanner scanner, CancellationToken cancellationToken)
    {
        using (request)
        using (HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                throw new HttpRequestException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}",
                    null, response.StatusCode);
            }
            await using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
            try
            {
                long total = 0;
                long cpu = 0;
                int filled = 0;
                while (true)
                {
                    if (filled == buffer.Length)
                    {
                        // One token longer than the buffer: grow it.
                        byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, filled).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                    int read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                    total += read;
                    filled += read;
                    bool final = read == 0;
                    long before = MeasureDecodeCpu ? ThreadCpuTime.NowTicks() : 0;
                    int consumed = scanner.Scan(buffer.AsSpan(0, filled), final);
                    cpu += MeasureDecodeCpu ? ThreadCpuTime.NowTicks() - before : 0;
                    buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                    filled -= consumed;
                    if (final)
                    {
                        if (!scanner.Complete)
                        {
                            throw new InvalidDataException($"{request.Method} {request.RequestUri}: the response ended inside the JSON document");
                        }
                        return (total, cpu);
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
