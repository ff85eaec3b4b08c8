using System.Data.Common;

namespace Manifold.Client;

/// <summary>The provider factory: register it with
/// <c>DbProviderFactories.RegisterFactory("Manifold.Client", ManifoldFactory.Instance)</c>.</summary>
public sealed class ManifoldFactory : DbProviderFactory
{
    /// <summary>The single instance.</summary>
    public static readonly ManifoldFactory Instance = new();

    private ManifoldFactory()
    {
    }

    /// <inheritdoc />
    public override DbConnection CreateConnection() => new ManifoldConnection();

    /// <inheritdoc />
    public override DbCommand CreateCommand() => new ManifoldCommand();

    /// <inheritdoc />
    public override DbParameter CreateParameter() => new ManifoldParameter();

    /// <inheritdoc />
    public override DbConnectionStringBuilder CreateConnectionStringBuilder() => new ManifoldConnectionStringBuilder();

    /// <inheritdoc />
    public override bool CanCreateDataAdapter => false;

    /// <inheritdoc />
    public override bool CanCreateCommandBuilder => false;
}
