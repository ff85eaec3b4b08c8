namespace Manifold.Architecture.Tests;

/// <summary>The dependency rule inside Manifold.Engine (STYLE.md §2, docs/architecture.md).</summary>
/// <remarks>
/// <para>The engine's folders follow the query path. A folder may use the folders before it in <see cref="Order"/>, never
/// those after it: Session → Metadata → Analysis → Planning → Optimizer → Execution → Runtime. Session comes first and
/// uses no other folder; Metadata uses Session (name resolution needs the session's catalog and schema), never the
/// reverse. When a folder needs something from a later one, it declares an interface that the later folder implements
/// (Planning's <c>IExpressionInterpreter</c>, implemented in Execution).</para>
/// <para>Functions/ and each connector under Connectors/ sit beside the path, at the bottom: every folder above may use
/// them, and they use only Manifold.Spi (and their own folder), exactly like a connector or function shipped outside
/// the engine. A connector's engine-facing interfaces (the system catalog's <c>ISystemMetadataSource</c>) are declared
/// in the connector and implemented by a folder of the path.</para>
/// <para>Every folder may use Manifold.Spi; the path folders may use Manifold.Sql.</para>
/// </remarks>
internal static class EngineLayers
{
    public const string EnginePrefix = "src/Manifold.Engine/";

    private const string EngineNamespace = "Manifold.Engine";

    /// <summary>The query path, in dependency order.</summary>
    public static IReadOnlyList<string> Order { get; } = ["Session", "Metadata", "Analysis", "Planning", "Optimizer", "Execution", "Runtime"];

    /// <summary>The unit of an engine source file: a path folder, <c>Functions</c>, or <c>Connectors/&lt;Name&gt;</c>;
    /// null for a file outside those folders.</summary>
    public static string? UnitOfPath(string relativePath)
    {
        if (!relativePath.StartsWith(EnginePrefix, StringComparison.Ordinal))
        {
            return null;
        }
        string[] parts = relativePath[EnginePrefix.Length..].Split('/');
        if (parts.Length < 2)
        {
            return null;
        }
        return parts[0] == "Connectors" && parts.Length >= 3 ? $"Connectors/{parts[1]}" : IsKnown(parts[0]) ? parts[0] : null;
    }

    /// <summary>The unit a namespace belongs to: as <see cref="UnitOfPath"/> for <c>Manifold.Engine.*</c>, <c>Spi</c> or
    /// <c>Sql</c> for those projects, null for anything else.</summary>
    public static string? UnitOfNamespace(string ns)
    {
        string[] parts = ns.Split('.');
        if (parts.Length >= 2 && parts[0] == "Manifold" && parts[1] is "Spi" or "Sql")
        {
            return parts[1];
        }
        if (!ns.StartsWith(EngineNamespace + ".", StringComparison.Ordinal) || parts.Length < 3)
        {
            return ns == EngineNamespace ? "Engine" : null;
        }
        return parts[2] == "Connectors" && parts.Length >= 4 ? $"Connectors/{parts[3]}" : parts[2];
    }

    /// <summary>Whether code in <paramref name="source"/> may use <paramref name="target"/>; when not, the reason.</summary>
    public static bool Allows(string source, string target, out string reason)
    {
        reason = "";
        if (source == target || target == "Spi")
        {
            return true;
        }
        if (source == "Functions" || source.StartsWith("Connectors/", StringComparison.Ordinal))
        {
            reason = $"{source} may use only Manifold.Spi and its own folder";
            return false;
        }
        int sourceIndex = IndexOf(source);
        if (sourceIndex < 0)
        {
            reason = $"{source} is not a known engine folder";
            return false;
        }
        if (target == "Sql" || target == "Functions" || target.StartsWith("Connectors/", StringComparison.Ordinal))
        {
            return true;
        }
        int targetIndex = IndexOf(target);
        if (targetIndex < 0)
        {
            reason = $"{target} is not a known engine folder";
            return false;
        }
        if (targetIndex < sourceIndex)
        {
            return true;
        }
        reason = $"{source} may use only {string.Join(", ", Order.Take(sourceIndex))}{(sourceIndex > 0 ? ", " : "")}Functions, Connectors, Spi and Sql";
        return false;
    }

    private static int IndexOf(string folder)
    {
        for (int i = 0; i < Order.Count; i++)
        {
            if (Order[i] == folder)
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsKnown(string folder) => folder is "Functions" || IndexOf(folder) >= 0;
}
