using System.Text;
using Manifold.Cli.Terminal;
using Manifold.Sql.Lexing;

namespace Manifold.Cli.Sql;

/// <summary>The interactive loop of <c>manifold sql</c>: reads statements ended by ';' over as many lines as they take,
/// runs each as soon as it is complete, and understands <c>quit</c>, <c>exit</c>, <c>help</c> and <c>clear</c>.</summary>
/// <remarks>
/// The prompt is <c>manifold&gt;</c>, or <c>manifold:schema&gt;</c> once a schema is set; continuation lines show
/// <c>-&gt;</c>. At the end of input, a last statement without ';' still runs, so <c>echo 'SELECT 1' | manifold sql</c>
/// works. Failures are reported and the loop goes on.
/// </remarks>
internal sealed class Repl(IStatementExecutor executor, StatementRunner runner, ILineReader reader, CliConsole console, LineHistory history)
{
    private const string HelpText = """
        Enter SQL statements ended by a semicolon; a statement may span several lines.

        Commands:
          quit, exit    leave the shell (Ctrl-D too)
          help          show this text
          clear         clear the screen

        Ctrl-C cancels the running query; at the prompt it discards the statement being typed.
        USE catalog.schema and SET SESSION name = value apply to the statements after them.

        """;

    /// <summary>Runs until <c>quit</c>, <c>exit</c> or the end of input; the exit code is 0.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new StringBuilder();
        while (!cancellationToken.IsCancellationRequested)
        {
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            LineReadResult input = reader.ReadLine(Prompt(buffer.Length > 0));
            if (input.Interrupted)
            {
                buffer.Clear();
                continue;
            }
            if (input.Text is not { } line)
            {
                if (SqlStatementSplitter.Split(buffer.ToString()) is { Count: > 0 } rest)
                {
                    foreach (SqlStatementText statement in rest)
                    {
                        await RunStatementAsync(statement.Text, cancellationToken).ConfigureAwait(false);
                    }
                }
                break;
            }
            if (buffer.Length == 0)
            {
                string command = line.Trim().TrimEnd(';').Trim().ToLowerInvariant();
                switch (command)
                {
                    case "":
                        continue;
                    case "quit" or "exit":
                        history.Add(line.Trim());
                        return ExitCodes.Success;
                    case "help":
                        history.Add(line.Trim());
                        console.Out.Write(HelpText);
                        continue;
                    case "clear":
                        if (console.IsOutputTerminal)
                        {
                            console.Out.Write("\u001b[H\u001b[2J");
                        }
                        continue;
                }
            }
            buffer.Append(line).Append('\n');
            string script = buffer.ToString();
            IReadOnlyList<SqlStatementText> statements = SqlStatementSplitter.Split(script);
            int consumed = 0;
            foreach (SqlStatementText statement in statements)
            {
                int end = statement.Offset + statement.Text.Length;
                if (end >= script.Length || script[end] != ';')
                {
                    break;   // not ended by ';' yet: wait for more lines
                }
                consumed = end + 1;
                history.Add(statement.Text.Trim() + ";");
                await RunStatementAsync(statement.Text, cancellationToken).ConfigureAwait(false);
            }
            if (consumed > 0)
            {
                string rest = script[consumed..];
                buffer.Clear();
                if (SqlStatementSplitter.Split(rest).Count > 0)
                {
                    buffer.Append(rest.TrimStart());
                }
            }
            else if (statements.Count == 0)
            {
                buffer.Clear();   // blanks and comments only
            }
        }
        return ExitCodes.Success;
    }

    /// <summary>The prompt: <c>manifold&gt; </c> or <c>manifold:schema&gt; </c>; for continuation lines, <c>-&gt; </c>
    /// right-aligned under it.</summary>
    internal string Prompt(bool continuation)
    {
        string prompt = executor.Schema is { } schema ? $"manifold:{schema}> " : "manifold> ";
        return continuation ? new string(' ', prompt.Length - 3) + "-> " : prompt;
    }

    private async Task RunStatementAsync(string sql, CancellationToken cancellationToken)
        => await runner.RunAsync(sql.TrimEnd(), cancellationToken).ConfigureAwait(false);
}
