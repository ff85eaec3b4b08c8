namespace Manifold.Cli.Terminal;

/// <summary>What a line reader read.</summary>
/// <param name="Text">The line without its line end; null at the end of input.</param>
/// <param name="Interrupted">True when the user pressed Ctrl-C at the prompt: the caller drops what was typed.</param>
internal readonly record struct LineReadResult(string? Text, bool Interrupted = false)
{
    /// <summary>The end of input.</summary>
    public static LineReadResult EndOfInput => new(null);

    /// <summary>Ctrl-C at the prompt.</summary>
    public static LineReadResult Interrupt => new(null, Interrupted: true);
}
