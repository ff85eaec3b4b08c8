namespace Manifold.Cli.Terminal;

/// <summary>Reads lines from a stream as they come (a pipe or a file); prompts are written only when a prompt writer is
/// given, so piped output holds nothing but results.</summary>
internal sealed class PlainLineReader(TextReader input, TextWriter? promptWriter = null) : ILineReader
{
    public LineReadResult ReadLine(string prompt)
    {
        if (promptWriter is not null)
        {
            promptWriter.Write(prompt);
            promptWriter.Flush();
        }
        string? line = input.ReadLine();
        return line is null ? LineReadResult.EndOfInput : new LineReadResult(line);
    }
}
