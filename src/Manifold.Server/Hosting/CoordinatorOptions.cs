using Manifold.Server.Cluster;
using Microsoft.Extensions.Logging;

namespace Manifold.Server.Hosting;

/// <summary>How to start a coordinator. Unset members come from <c>etc/config.properties</c>, then from the defaults.</summary>
public sealed record CoordinatorOptions
{
    /// <summary>A Trino-style <c>etc/</c> folder (config.properties, catalog/*.properties, resource-groups.json); null for the embedded
    /// defaults (port 8080; catalogs system, memory and tpch).</summary>
    public string? EtcDirectory { get; init; }

    /// <summary>The HTTP port; overrides <c>http-server.http.port</c>. 0 picks a free port.</summary>
    public int? Port { get; init; }

    /// <summary>The address to listen on: all interfaces by default; tests use loopback.</summary>
    public string BindAddress { get; init; } = "0.0.0.0";

    /// <summary>This node's id (ends every query id); overrides <c>node.id</c>.</summary>
    public string? NodeId { get; init; }

    /// <summary>Settings that override config.properties (same names, e.g. <c>query.client.timeout</c>).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Decides when queries may run; null for the resource groups of the etc/ folder (or the default
    /// <c>global</c> group).</summary>
    public IAdmissionController? AdmissionController { get; init; }

    /// <summary>The clock of query times and time limits.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where one-line logs go (the console when null); <see cref="MinimumLogLevel"/> filters them.</summary>
    public TextWriter? LogWriter { get; init; }

    /// <summary>The least severe log level written.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;
}
