using System.Diagnostics.Metrics;
using System.Net;
using Manifold.Server.Hosting;

namespace Manifold.Server.Tests.Metrics;

public sealed class MetricsEndpointTests(CoordinatorFixture fixture) : IClassFixture<CoordinatorFixture>
{
    [Fact]
    public async Task Metrics_count_a_finished_and_a_failed_query_in_valid_prometheus_text()
    {
        PrometheusText before = await ScrapeAsync();
        double started = before.Value("manifold_queries_started_total");
        double finished = before.Value("manifold_queries_finished_total");

        var client = new ProtocolClient(fixture.Http) { Headers = { ["Catalog"] = "tpch", ["Schema"] = "tiny" } };
        var ok = await client.ExecuteAsync("SELECT nationkey FROM nation", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Null(ok.Error);
        Assert.Equal(25, ok.Rows.Count);
        var bad = await client.ExecuteAsync("SELEC 1", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("SYNTAX_ERROR", bad.Error!["errorName"]!.GetValue<string>());

        using HttpResponseMessage response = await fixture.Http.GetAsync("/metrics", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        PrometheusText after = PrometheusText.Parse(text);

        Assert.Equal(started + 2, after.Value("manifold_queries_started_total"));
        Assert.Equal(finished + 1, after.Value("manifold_queries_finished_total"));
        Assert.Equal(1, after.Value("manifold_queries_failed_total", ("error_type", "USER_ERROR"), ("error_name", "SYNTAX_ERROR"))
            - before.ValueOrZero("manifold_queries_failed_total", ("error_type", "USER_ERROR"), ("error_name", "SYNTAX_ERROR")));
        Assert.True(after.Value("manifold_query_output_rows_total") >= 25);
        Assert.Equal(25, after.Value("manifold_client_returned_rows_total") - before.Value("manifold_client_returned_rows_total"));
        Assert.True(after.Value("manifold_client_returned_bytes_total") > before.Value("manifold_client_returned_bytes_total"));
        Assert.True(after.Value("manifold_query_output_bytes_total") > 0);
        Assert.Equal(2, after.Value("manifold_query_execution_seconds_count") - before.ValueOrZero("manifold_query_execution_seconds_count"));
        Assert.Equal(after.Value("manifold_query_execution_seconds_count"), after.Value("manifold_query_execution_seconds_bucket", ("le", "+Inf")));
        Assert.Equal(after.Value("manifold_query_queued_seconds_count"), after.Value("manifold_query_execution_seconds_count"));
        Assert.Equal("histogram", after.Types["manifold_query_queued_seconds"]);
        after.AssertHistogramsConsistent();

        Assert.Equal(1, after.Value("manifold_queries", ("state", "FAILED")) - before.Value("manifold_queries", ("state", "FAILED")));
        Assert.Equal(0, after.Value("manifold_queries", ("state", "RUNNING")));
        Assert.Equal(2, after.Value("manifold_http_server_request_duration_seconds_count", ("method", "POST"), ("route", "/v1/statement"), ("status_code", "200"))
            - before.ValueOrZero("manifold_http_server_request_duration_seconds_count", ("method", "POST"), ("route", "/v1/statement"), ("status_code", "200")));
        Assert.True(after.Value("manifold_http_server_request_duration_seconds_count",
            ("method", "GET"), ("route", "/v1/statement/executing/{queryId}/{slug}/{token}"), ("status_code", "200")) >= 2);
        Assert.DoesNotContain(after.Lines, l => l.Labels.Any(x => x.Key == "route" && x.Value.Contains("_test1", StringComparison.Ordinal)));

        Assert.True(after.Value("manifold_process_working_set_bytes") > 0);
        Assert.True(after.Value("manifold_gc_heap_size_bytes") >= 0);
        Assert.True(after.Value("manifold_thread_pool_threads") > 0);
        Assert.Equal("counter", after.Types["manifold_gc_collections_total"]);
        after.Value("manifold_gc_collections_total", ("generation", "gen0"));
        after.Value("manifold_thread_pool_queue_length");
    }

    [Fact]
    public async Task Unknown_routes_are_labelled_unmatched_not_by_their_path()
    {
        using HttpResponseMessage missing = await fixture.Http.GetAsync("/no/such/path/12345", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        PrometheusText metrics = await ScrapeAsync();
        Assert.True(metrics.Value("manifold_http_server_request_duration_seconds_count", ("route", "unmatched"), ("status_code", "404")) >= 1);
        Assert.DoesNotContain(metrics.Lines, l => l.Labels.Any(x => x.Value.Contains("12345", StringComparison.Ordinal)));
    }

    [Fact]
    public void Label_values_are_escaped_and_counters_get_the_total_suffix()
    {
        using var meter = new Meter("Manifold.Server.Tests.Escaping");
        using var exporter = new PrometheusExporter(meter);
        Counter<long> counter = meter.CreateCounter<long>("demo.things", null, "Things\nwith a new line");
        counter.Add(3, new KeyValuePair<string, object?>("b", "quote \" slash \\ line\n"), new KeyValuePair<string, object?>("a", "x"));
        counter.Add(4, new KeyValuePair<string, object?>("a", "x"), new KeyValuePair<string, object?>("b", "quote \" slash \\ line\n"));
        Histogram<double> histogram = meter.CreateHistogram<double>("demo_seconds");
        histogram.Record(0.2);
        histogram.Record(100);

        string text = exporter.Scrape();
        Assert.Contains("demo_things_total{a=\"x\",b=\"quote \\\" slash \\\\ line\\n\"} 7\n", text);
        Assert.Contains("# HELP demo_things_total Things\\nwith a new line\n", text);
        PrometheusText parsed = PrometheusText.Parse(text);
        Assert.Equal(7, parsed.Value("demo_things_total", ("b", "quote \" slash \\ line\n")));
        Assert.Equal(1, parsed.Value("demo_seconds_bucket", ("le", "0.25")));
        Assert.Equal(1, parsed.Value("demo_seconds_bucket", ("le", "10")));
        Assert.Equal(2, parsed.Value("demo_seconds_bucket", ("le", "+Inf")));
        Assert.Equal(100.2, parsed.Value("demo_seconds_sum"), 9);
        parsed.AssertHistogramsConsistent();
    }

    private async Task<PrometheusText> ScrapeAsync() => PrometheusText.Parse(await fixture.Http.GetStringAsync("/metrics", TestContext.Current.CancellationToken));
}
