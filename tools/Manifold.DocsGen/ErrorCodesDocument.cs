using System.Text;
using Manifold.Spi.Errors;

namespace Manifold.DocsGen;

/// <summary>Renders <c>docs/error-codes.md</c>: every <see cref="StandardErrorCode"/> with its number, name, type and
/// meaning (from <see cref="ErrorCodeMeanings"/>), grouped by type.</summary>
public static class ErrorCodesDocument
{
    /// <summary>The document's text.</summary>
    /// <exception cref="InvalidOperationException">A code has no meaning in <see cref="ErrorCodeMeanings"/>.</exception>
    public static string Render(IReadOnlyList<ErrorCode> codes)
    {
        var text = new StringBuilder();
        text.Append("# Error codes\n\n").Append(GeneratedDocs.Header("Manifold.Spi's StandardErrorCode")).Append("\n\n");
        text.Append("Every error a client sees carries a number (`errorCode`), a name (`errorName`) and a type (`errorType`), as in ")
            .Append("Trino's protocol. Where an error means the same as in Trino, Manifold uses Trino's number and name, so Trino ")
            .Append("clients and tools react to it correctly; some codes exist for that compatibility and are not raised by ")
            .Append("Manifold yet. Connectors use their own numbers from 0x0100_0000 (16777216) up. ")
            .Append("SQL errors also carry a position: messages start with `line L:C:`.\n\n")
            .Append("| Type | Numbers | Meaning | Retry? |\n|---|---|---|---|\n")
            .Append("| `USER_ERROR` | 0–65535 | The statement or its input is wrong. | No: fix the statement. |\n")
            .Append("| `INTERNAL_ERROR` | 65536–131071 | A bug or an unexpected condition inside Manifold, or a broken configuration. | Only if the cause was transient. |\n")
            .Append("| `INSUFFICIENT_RESOURCES` | 131072–196607 | A limit was hit (memory, queue, time). | Yes, later or with a higher limit. |\n")
            .Append("| `EXTERNAL` | connector ranges | An outside system a connector talks to failed. | Often. |\n");
        foreach (ErrorType type in Enum.GetValues<ErrorType>())
        {
            var ofType = codes.Where(c => c.Type == type).OrderBy(c => c.Code).ToList();
            if (ofType.Count == 0)
            {
                continue;
            }
            text.Append($"\n## {ofType[0].TypeName}\n\n| Code | Name | Meaning |\n|---:|---|---|\n");
            foreach (ErrorCode code in ofType)
            {
                string meaning = ErrorCodeMeanings.Of(code.Name)
                    ?? throw new InvalidOperationException($"Error code {code.Name} has no meaning in tools/Manifold.DocsGen/ErrorCodeMeanings.cs");
                text.Append($"| {code.Code} | `{code.Name}` | {Markdown.Cell(meaning)} |\n");
            }
        }
        return text.ToString();
    }
}
