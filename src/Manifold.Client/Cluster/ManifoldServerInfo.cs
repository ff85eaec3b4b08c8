namespace Manifold.Client;

/// <summary><c>GET /v1/info</c> (§8.1).</summary>
/// <param name="Version">The server's version (<c>nodeVersion.version</c>).</param>
/// <param name="Environment">The environment name.</param>
/// <param name="Coordinator">True for a coordinator.</param>
/// <param name="Starting">True until start-up finished.</param>
/// <param name="Uptime">Time since start, when given.</param>
public sealed record ManifoldServerInfo(string Version, string Environment, bool Coordinator, bool Starting, TimeSpan? Uptime);
