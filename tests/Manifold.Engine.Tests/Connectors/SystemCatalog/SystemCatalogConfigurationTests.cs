using Manifold.Engine.Runtime;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Tests.Connectors.SystemCatalog;

/// <summary>The system catalog exists with any configuration, and its name cannot be configured.</summary>
public sealed class SystemCatalogConfigurationTests : IDisposable
{
    private readonly string _etc = Path.Combine(Path.GetTempPath(), "manifold-system-" + Guid.NewGuid().ToString("N"));

    public SystemCatalogConfigurationTests() => Directory.CreateDirectory(Path.Combine(_etc, "catalog"));

    public void Dispose() => Directory.Delete(_etc, recursive: true);

    [Fact]
    public async Task An_etc_folder_still_gets_the_system_catalog()
    {
        File.WriteAllText(Path.Combine(_etc, "catalog", "bench.properties"), "connector.name=tpch\n");
        using var engine = ManifoldEngine.Create(new EngineOptions { EtcDirectory = _etc });
        await using QueryResult result = await engine.ExecuteAsync(engine.CreateSession(),
            "SELECT catalog_name, connector_name FROM system.metadata.catalogs ORDER BY 1", TestContext.Current.CancellationToken);
        var rows = await result.ReadAllRowsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["bench:tpch", "system:system"], rows.Select(r => $"{r[0]}:{r[1]}"));
    }

    [Fact]
    public void A_configured_catalog_named_system_is_a_configuration_error()
    {
        File.WriteAllText(Path.Combine(_etc, "catalog", "system.properties"), "connector.name=memory\n");
        var error = Assert.Throws<ManifoldException>(() => ManifoldEngine.Create(new EngineOptions { EtcDirectory = _etc }));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, error.ErrorCode);
        Assert.Equal("Catalog 'system' is built into the engine and cannot be configured", error.Message);
    }

    [Fact]
    public void A_catalog_named_system_cannot_be_created_in_code()
    {
        using var engine = ManifoldEngine.Create();
        var error = Assert.Throws<ManifoldException>(() => engine.Catalogs.CreateCatalog("SYSTEM", "memory", new Dictionary<string, string>()));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, error.ErrorCode);
    }
}
