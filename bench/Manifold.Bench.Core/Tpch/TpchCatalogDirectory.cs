namespace Manifold.Bench.Tpch;

/// <summary>A temporary Trino-style <c>etc/</c> folder with a <c>tpch</c> catalog that follows the TPC-H specification
/// (<c>tpch.column-naming=STANDARD</c>: <c>l_orderkey</c>; <c>tpch.double-type-mapping=DECIMAL</c>: money as
/// <c>decimal(12,2)</c>) and a <c>memory</c> catalog. Deleted on dispose.</summary>
/// <example><code>
/// using var etc = TpchCatalogDirectory.Create();
/// using var engine = ManifoldEngine.Create(new EngineOptions { EtcDirectory = etc.Path });
/// </code></example>
public sealed class TpchCatalogDirectory : IDisposable
{
    private TpchCatalogDirectory(string path) => Path = path;

    /// <summary>The <c>etc</c> folder (pass as <c>EngineOptions.EtcDirectory</c>).</summary>
    public string Path { get; }

    /// <summary>Creates the folder under the system's temporary directory.</summary>
    public static TpchCatalogDirectory Create()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "manifold-bench-" + Guid.NewGuid().ToString("N"));
        string catalog = System.IO.Path.Combine(path, "catalog");
        Directory.CreateDirectory(catalog);
        File.WriteAllText(System.IO.Path.Combine(catalog, "tpch.properties"),
            "connector.name=tpch\ntpch.column-naming=STANDARD\ntpch.double-type-mapping=DECIMAL\n");
        File.WriteAllText(System.IO.Path.Combine(catalog, "memory.properties"), "connector.name=memory\n");
        return new TpchCatalogDirectory(path);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder of two small files is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
