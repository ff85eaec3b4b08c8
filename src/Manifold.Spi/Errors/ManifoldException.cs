namespace Manifold.Spi.Errors;

/// <summary>A failure that ends the query, with an error code and, for SQL errors, a position.</summary>
/// <remarks>
/// The message never contains the position; <see cref="Exception.Message"/> adds the <c>line L:C: </c> prefix when a
/// location is known, so that every surface (CLI, protocol, logs) shows the same text.
/// </remarks>
public class ManifoldException : Exception
{
    /// <summary>Creates an exception with a code, a one-sentence message and an optional SQL position.</summary>
    public ManifoldException(ErrorCode errorCode, string message, SourceLocation? location = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        Location = location;
        RawMessage = message;
    }

    /// <summary>The error code.</summary>
    public ErrorCode ErrorCode { get; }

    /// <summary>The position in the SQL text the error refers to, if any.</summary>
    public SourceLocation? Location { get; }

    /// <summary>The message without the position prefix.</summary>
    public string RawMessage { get; }

    /// <inheritdoc />
    public override string Message => Location is { } at ? $"line {at.Line}:{at.Column}: {RawMessage}" : RawMessage;
}
