namespace Manifold.Server.Security;

/// <summary>The users of a Trino password file: one <c>user:hash</c> per line. Blank lines and lines starting with
/// <c>#</c> are ignored; a line that cannot be used is reported with its number and skipped, so one typo does not lock
/// everybody out.</summary>
internal sealed class PasswordFile
{
    private PasswordFile(Dictionary<string, PasswordHash> users, List<string> problems)
    {
        Users = users;
        Problems = problems;
    }

    /// <summary>The hashes by user name (case-sensitive, as in Trino).</summary>
    public IReadOnlyDictionary<string, PasswordHash> Users { get; }

    /// <summary>One message per skipped line: <c>line 3: …</c>.</summary>
    public IReadOnlyList<string> Problems { get; }

    public static PasswordFile Parse(IEnumerable<string> lines)
    {
        var users = new Dictionary<string, PasswordHash>(StringComparer.Ordinal);
        var problems = new List<string>();
        int number = 0;
        foreach (string raw in lines)
        {
            number++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problems.Add($"line {number}: expected user:hash");
                continue;
            }
            string user = line[..colon];
            if (!PasswordHash.TryParse(line[(colon + 1)..], out PasswordHash? hash, out string? error))
            {
                problems.Add($"line {number}: user '{user}': {error}");
                continue;
            }
            if (!users.TryAdd(user, hash!))
            {
                problems.Add($"line {number}: user '{user}' appears more than once; the first line wins");
            }
        }
        return new PasswordFile(users, problems);
    }
}
