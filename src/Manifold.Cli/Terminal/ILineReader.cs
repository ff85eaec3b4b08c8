namespace Manifold.Cli.Terminal;

/// <summary>Reads the REPL's input line by line.</summary>
internal interface ILineReader
{
    /// <summary>Shows <paramref name="prompt"/> (if the reader shows prompts) and reads one line.</summary>
    LineReadResult ReadLine(string prompt);
}
