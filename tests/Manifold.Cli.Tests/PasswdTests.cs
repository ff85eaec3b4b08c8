using Manifold.Server.Hosting;
using Manifold.Server.Security;
using Manifold.Testing.Security;

namespace Manifold.Cli.Tests;

/// <summary><c>manifold passwd</c>, and <c>manifold sql --server https://… --password</c> with the file it writes.</summary>
public sealed class PasswdTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Task<CliRunResult> RunAsync(string? password, params string[] args)
        => CliRun.RunWithEnvironmentAsync(name => name == "MANIFOLD_PASSWORD" ? password : null, args);

    private static bool Verifies(string line, string password)
        => PasswordHash.TryParse(line[(line.IndexOf(':') + 1)..], out PasswordHash? hash, out _) && hash!.Verify(password);

    [Fact]
    public async Task Passwd_creates_the_file_with_a_bcrypt_hash_of_cost_10()
    {
        using var temp = new TempDirectory();
        string file = Path.Combine(temp.Path, "sub", "password.db");
        CliRunResult run = await RunAsync("s3cret", "passwd", "--file", file, "alice");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Added user 'alice'", run.Error);
        string line = Assert.Single(await File.ReadAllLinesAsync(file, Token));
        Assert.StartsWith("alice:$2y$10$", line);
        Assert.True(Verifies(line, "s3cret"));
        Assert.False(Verifies(line, "other"));
        Assert.DoesNotContain("s3cret", run.Error + run.Out);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task Passwd_changes_an_existing_user_and_keeps_the_other_lines_and_comments()
    {
        using var temp = new TempDirectory();
        string bob = "bob:1000:00ff:00ff";
        string file = temp.File("password.db", $"# team users\nalice:$2y$10$old\n\n{bob}\n");
        CliRunResult run = await RunAsync("new-one", "passwd", "-f", file, "alice");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Changed the password of user 'alice'", run.Error);
        string[] lines = await File.ReadAllLinesAsync(file, Token);
        Assert.Equal(4, lines.Length);
        Assert.Equal("# team users", lines[0]);
        Assert.True(Verifies(lines[1], "new-one"));
        Assert.Equal("", lines[2]);
        Assert.Equal(bob, lines[3]);
    }

    [Theory]
    [InlineData(null, "al:ice", "USER must be")]
    [InlineData(null, "alice", "needs MANIFOLD_PASSWORD, or a terminal")]
    public async Task Passwd_refuses_a_bad_user_name_or_a_missing_password(string? password, string user, string message)
    {
        using var temp = new TempDirectory();
        CliRunResult run = await RunAsync(password, "passwd", "--file", Path.Combine(temp.Path, "p.db"), user);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(File.Exists(Path.Combine(temp.Path, "p.db")));
    }

    [Fact]
    public async Task Sql_with_a_password_over_https_uses_the_user_that_passwd_added()
    {
        using TestCertificates certificates = TestCertificates.Create();
        string etc = Path.Combine(certificates.Directory, "etc");
        string passwords = Path.Combine(etc, "password.db");
        Assert.Equal(0, (await RunAsync("s3cret", "passwd", "--file", passwords, "alice")).ExitCode);
        await File.WriteAllTextAsync(Path.Combine(etc, "password-authenticator.properties"),
            $"password-authenticator.name=file\nfile.password-file={passwords}\n", Token);
        await using CoordinatorHost host = await HttpsTestCoordinator.StartAsync(certificates, new Dictionary<string, string>
        {
            ["http-server.authentication.type"] = "PASSWORD",
        }, Token);
        string url = $"https://localhost:{host.HttpsBaseAddress!.Port}";

        CliRunResult run = await RunAsync("s3cret", "sql", "--server", url, "--user", "alice", "--password",
            "--ssl-root-cert", certificates.CaPemPath, "--output-format", "CSV", "--execute", "SELECT current_user");
        Assert.Equal("", run.Error);
        Assert.Equal("\"alice\"\n", run.Out);

        CliRunResult wrong = await RunAsync("wrong", "sql", "--server", url, "--user", "alice", "--password",
            "--insecure", "--execute", "SELECT 1");
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("401", wrong.Error);

        CliRunResult untrusted = await RunAsync("s3cret", "sql", "--server", url, "--user", "alice", "--password", "--execute", "SELECT 1");
        Assert.Equal(1, untrusted.ExitCode);
        Assert.Contains("Cannot establish TLS", untrusted.Error);
    }
}
