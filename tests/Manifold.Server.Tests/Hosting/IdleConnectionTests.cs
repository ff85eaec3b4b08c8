using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Manifold.Server.Hosting;

namespace Manifold.Server.Tests.Hosting;

/// <summary>Thousands of connections that never finish a request (idle, or stuck half-way through the headers) must not
/// keep anyone else from being served, and the server must stay up after they go.</summary>
public sealed class IdleConnectionTests
{
    private const int Connections = 2000;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Thousands_of_idle_and_half_open_connections_do_not_block_other_clients()
    {
        await using CoordinatorHost host = await CoordinatorHost.StartAsync(
            new CoordinatorOptions { Port = 0, BindAddress = "127.0.0.1", NodeId = "idle", LogWriter = TextWriter.Null }, Token);
        var sockets = new List<Socket>(Connections);
        try
        {
            byte[] partial = Encoding.ASCII.GetBytes("POST /v1/statement HTTP/1.1\r\nHost: x\r\nX-Trino-User: slow\r\nContent-Length: 8\r\n");
            for (int i = 0; i < Connections; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync("127.0.0.1", host.BaseAddress.Port, Token);
                if (i % 2 == 1)
                {
                    await socket.SendAsync(partial, SocketFlags.None, Token);   // headers never end
                }
                sockets.Add(socket);
            }

            using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            var clock = Stopwatch.StartNew();
            var run = await new ProtocolClient(http).ExecuteAsync("SELECT count(*) FROM tpch.tiny.orders", cancellationToken: Token);
            Assert.Null(run.Error);
            Assert.Equal(15000, run.Rows.Single()[0]!.GetValue<long>());
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"a query took {clock.Elapsed} beside {Connections} idle connections");
            Assert.Equal("\"ACTIVE\"", await http.GetStringAsync("/v1/info/state", Token));
        }
        finally
        {
            foreach (Socket socket in sockets)
            {
                socket.Dispose();
            }
        }

        // Gone without a word: the server still answers, with no query left behind by the half-sent POSTs.
        using var after = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var again = await new ProtocolClient(after).ExecuteAsync("SELECT 1", cancellationToken: Token);
        Assert.Null(again.Error);
        var queries = JsonNode.Parse(await after.GetStringAsync("/v1/query", Token))!.AsArray();
        Assert.DoesNotContain(queries, q => q!["session"]?["user"]?.GetValue<string>() == "slow");
    }
}
