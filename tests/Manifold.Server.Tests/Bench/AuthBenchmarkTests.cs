using Manifold.Bench.Auth;
using Manifold.Server.Tests.Security;
using Manifold.Testing.Security;

namespace Manifold.Server.Tests.Bench;

/// <summary>Runs <c>Manifold.Bench auth</c> tiny with every method, so the command keeps working; the figures themselves
/// are measured by the benchmark, not here.</summary>
[Collection(KerberosCollection.Name)]
public sealed class AuthBenchmarkTests
{
    [Fact]
    public async Task Every_method_runs_tiny_and_is_reported_against_the_baseline()
    {
        TestKerberosRealm.Require();   // the kerberos method needs the realm (skips without a KDC, fails under CI=true)
        var output = new StringWriter();
        int exit = await AuthBenchmark.RunAsync(["--methods", "password,jwt,kerberos,kerberos-persist", "--rounds", "1", "--runs", "3", "--warmup", "1"], output);
        string report = output.ToString();
        Assert.True(exit == 0, report);
        string[] lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (string method in new[] { "none", "password", "jwt", "kerberos", "kerberos-persist" })
        {
            Assert.Contains(lines, line => line.StartsWith(method + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task An_unknown_method_is_refused()
    {
        Assert.Equal(2, await AuthBenchmark.RunAsync(["--methods", "ldap"], new StringWriter()));
    }
}
