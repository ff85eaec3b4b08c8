namespace Manifold.Client.Tests.Security;

/// <summary>Who a connection string authenticates as: <c>SELECT current_user</c> on a new connection.</summary>
internal static class SessionUser
{
    public static async Task<string> QueryAsync(string connectionString)
    {
        await using var connection = new ManifoldConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT current_user";
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
