using System.Data.Common;
using System.Net;

namespace Manifold.Client;

/// <summary>A query failure reported by the server (the protocol's <c>error</c> object), or a transport failure
/// (HTTP status, unreachable server, command timeout).</summary>
public sealed class ManifoldDbException : DbException
{
    /// <summary>Creates an exception for a failure without a server error object.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ManifoldDbException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    internal ManifoldDbException(string message, string? queryId, int? errorCode, string? errorName, string? errorType,
        int? lineNumber, int? columnNumber, string? sqlState, string? failureType)
        : base(message)
    {
        QueryId = queryId;
        ServerErrorCode = errorCode;
        ErrorName = errorName;
        ErrorType = errorType;
        LineNumber = lineNumber;
        ColumnNumber = columnNumber;
        _sqlState = sqlState;
        FailureType = failureType;
    }

    private readonly string? _sqlState;

    /// <summary>The id of the failed query, when one was created.</summary>
    public string? QueryId { get; internal set; }

    /// <summary>The server's numeric error code (Trino numbering: 1 SYNTAX_ERROR, 3 USER_CANCELED, ...), or -1 when the
    /// failure did not come from the server.</summary>
    public override int ErrorCode => ServerErrorCode ?? -1;

    /// <summary>The server's numeric error code, null when the failure did not come from the server.</summary>
    public int? ServerErrorCode { get; }

    /// <summary>The symbolic error code, e.g. <c>TABLE_NOT_FOUND</c>.</summary>
    public string? ErrorName { get; }

    /// <summary><c>USER_ERROR</c>, <c>INTERNAL_ERROR</c>, <c>INSUFFICIENT_RESOURCES</c> or <c>EXTERNAL</c>.</summary>
    public string? ErrorType { get; }

    /// <summary>1-based line of the error in the SQL text, when the server located it.</summary>
    public int? LineNumber { get; }

    /// <summary>1-based column of the error in the SQL text, when the server located it.</summary>
    public int? ColumnNumber { get; }

    /// <summary>The exception class the server reported in <c>failureInfo.type</c>.</summary>
    public string? FailureType { get; }

    /// <summary>The HTTP status, for a failure answered with an HTTP error.</summary>
    public HttpStatusCode? HttpStatus { get; init; }

    /// <inheritdoc />
    public override string? SqlState => _sqlState;

    /// <summary>True for INSUFFICIENT_RESOURCES errors, I/O failures, transient HTTP statuses and timeouts: trying again may work.</summary>
    public override bool IsTransient => ErrorType == "INSUFFICIENT_RESOURCES"
        || InnerException is HttpRequestException or IOException or TimeoutException
        || HttpStatus is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.TooManyRequests;
}
