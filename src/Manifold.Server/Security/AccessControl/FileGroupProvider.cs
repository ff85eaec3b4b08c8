using Manifold.Spi.Errors;
using Microsoft.Extensions.Logging;

namespace Manifold.Server.Security.AccessControl;

/// <summary>Trino's <c>group-provider.name=file</c>: one <c>group:user1,user2</c> per line; blank lines and lines
/// starting with <c>#</c> are ignored. Reloaded when the file changes.</summary>
internal sealed class FileGroupProvider : IGroupProvider
{
    private readonly ReloadingFile<Dictionary<string, string[]>> _file;

    /// <exception cref="ManifoldException">CONFIGURATION_INVALID when the file cannot be read or a line is malformed.</exception>
    public FileGroupProvider(GroupProviderSettings settings, TimeProvider time, ILogger? logger)
        => _file = new ReloadingFile<Dictionary<string, string[]>>(settings.GroupFile, text => Parse(settings.GroupFile, text),
            settings.RefreshPeriod, time, logger);

    public IReadOnlyList<string> GetGroups(string user) => _file.Current.TryGetValue(user, out string[]? groups) ? groups : [];

    /// <summary>User → sorted groups.</summary>
    /// <exception cref="ManifoldException">CONFIGURATION_INVALID naming the file and line.</exception>
    public static Dictionary<string, string[]> Parse(string fileName, string text)
    {
        var byUser = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string group = colon < 0 ? "" : line[..colon].Trim();
            if (group.Length == 0)
            {
                throw new ManifoldException(StandardErrorCode.ConfigurationInvalid,
                    $"{fileName}: line {i + 1}: expected 'group:user1,user2': '{line}'");
            }
            foreach (string user in line[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!byUser.TryGetValue(user, out SortedSet<string>? groups))
                {
                    groups = new SortedSet<string>(StringComparer.Ordinal);
                    byUser[user] = groups;
                }
                groups.Add(group);
            }
        }
        return byUser.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }
}
