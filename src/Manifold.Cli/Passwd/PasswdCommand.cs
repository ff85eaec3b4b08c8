using System.CommandLine;
using Manifold.Cli.Terminal;
using Manifold.Server.Security;

namespace Manifold.Cli.Passwd;

/// <summary><c>manifold passwd --file FILE USER</c>: adds a user to a Trino password file (the coordinator's
/// <c>file.password-file</c>) or changes their password, with a bcrypt hash of cost 10. Other lines and comments stay
/// as they are; a missing file is created (readable by its owner only). A running coordinator picks the change up
/// within <c>file.refresh-period</c>.</summary>
internal sealed class PasswdCommand(CliConsole console)
{
    private readonly Option<string> _file = new("--file", "-f")
    {
        Description = "The password file (user:hash lines), created when missing",
        HelpName = "FILE",
        Required = true,
    };

    private readonly Argument<string> _user = new("USER") { Description = "The user to add or whose password to change" };

    /// <summary>The <c>passwd</c> command.</summary>
    public Command Create()
    {
        var command = new Command("passwd", "Add a user to a password file, or change their password (bcrypt); the password comes from "
            + PasswordPrompt.EnvironmentVariable + " or is asked for twice")
        {
            _file, _user,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            string user = parse.GetValue(_user)!;
            if (user.Length == 0 || user.Contains(':', StringComparison.Ordinal) || user.Any(char.IsWhiteSpace) || user.StartsWith('#'))
            {
                throw new CliUsageException($"USER must be non-empty, without ':' or spaces, and not start with '#': '{user}'");
            }
            string password = ReadPassword();
            if (password.Length == 0)
            {
                console.Error.Write("manifold passwd: the password is empty; nothing changed\n");
                return Task.FromResult(ExitCodes.Failure);
            }
            return UpdateAsync(parse.GetValue(_file)!, user, PasswordHash.HashBcrypt(password), cancellationToken);
        });
        return command;
    }

    private string ReadPassword()
    {
        if (PasswordPrompt.FromEnvironment(console) is { } fromEnvironment)
        {
            return fromEnvironment;
        }
        string first = PasswordPrompt.Ask(console, "New password: ", "manifold passwd");
        string second = PasswordPrompt.Ask(console, "Retype new password: ", "manifold passwd");
        if (first != second)
        {
            throw new CliUsageException("The passwords do not match");
        }
        return first;
    }

    private async Task<int> UpdateAsync(string path, string user, string hash, CancellationToken cancellationToken)
    {
        bool exists = File.Exists(path);
        List<string> lines = exists ? [.. await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false)] : [];
        string entry = user + ":" + hash;
        int index = lines.FindIndex(line => IsUserLine(line, user));
        if (index >= 0)
        {
            lines[index] = entry;
        }
        else
        {
            lines.Add(entry);
        }
        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        // Write beside and move over, so a coordinator reloading the file never reads half of it.
        string temporary = path + ".tmp-" + Environment.ProcessId;
        await File.WriteAllTextAsync(temporary, string.Join("\n", lines) + "\n", cancellationToken).ConfigureAwait(false);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, exists ? File.GetUnixFileMode(path) : UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.Move(temporary, path, overwrite: true);
        console.Error.Write($"{(index >= 0 ? "Changed the password of" : "Added")} user '{user}' in {path}\n");
        return ExitCodes.Success;
    }

    private static bool IsUserLine(string line, string user)
    {
        string trimmed = line.TrimStart();
        return trimmed.StartsWith(user + ":", StringComparison.Ordinal);
    }
}
