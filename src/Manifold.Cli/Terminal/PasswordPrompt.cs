namespace Manifold.Cli.Terminal;

/// <summary>Reads a password: from MANIFOLD_PASSWORD when set, else typed on the terminal without echo.</summary>
internal static class PasswordPrompt
{
    /// <summary>The environment variable that supplies the password to scripts.</summary>
    public const string EnvironmentVariable = "MANIFOLD_PASSWORD";

    /// <summary>MANIFOLD_PASSWORD, or null when it is not set.</summary>
    public static string? FromEnvironment(CliConsole console) => console.GetEnvironmentVariable(EnvironmentVariable);

    /// <summary>Asks on the terminal (standard error shows <paramref name="prompt"/>); the keys typed are not echoed.</summary>
    /// <exception cref="CliUsageException">Standard input is not a terminal.</exception>
    public static string Ask(CliConsole console, string prompt, string option)
    {
        if (!console.IsInputTerminal)
        {
            throw new CliUsageException($"{option} needs {EnvironmentVariable}, or a terminal to ask on");
        }
        console.Error.Write(prompt);
        var password = new System.Text.StringBuilder();
        while (true)
        {
            ConsoleKeyInfo key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
        console.Error.Write("\n");
        return password.ToString();
    }
}
