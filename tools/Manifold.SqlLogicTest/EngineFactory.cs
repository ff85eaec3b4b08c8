using Manifold.SqlLogicTest;

namespace Manifold.SqlLogicTest.Cli;

/// <summary>Maps <c>--engine NAME</c> to a way of creating that engine.</summary>
internal static class EngineFactory
{
    /// <summary>The engine used when none is named.</summary>
    public const string DefaultEngine = "manifold";

    /// <summary>The engine names <c>--engine</c> accepts.</summary>
    public static readonly string[] Names = ["manifold", "sqlite"];

    /// <summary>A factory for the engine called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The engine is unknown or not available.</exception>
    public static Func<ISqlLogicEngine> Create(string name) => name.ToLowerInvariant() switch
    {
        "sqlite" => () => new SqliteSqlLogicEngine(),
        "manifold" => () => new ManifoldSqlLogicEngine(),
        _ => throw new ArgumentException($"unknown engine '{name}' (known: {string.Join(", ", Names)})"),
    };
}
