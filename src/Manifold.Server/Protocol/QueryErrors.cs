using Manifold.Spi.Errors;

namespace Manifold.Server.Protocol;

/// <summary>Builds the protocol's error object from an engine error. Stack traces never leave the server.</summary>
internal static class QueryErrors
{
    public static QueryError From(ManifoldException error)
    {
        ErrorLocation? location = error.Location is { } at ? new ErrorLocation(at.Line, at.Column) : null;
        return new QueryError
        {
            Message = error.Message,
            ErrorCode = error.ErrorCode.Code,
            ErrorName = error.ErrorCode.Name,
            ErrorType = error.ErrorCode.TypeName,
            ErrorLocation = location,
            FailureInfo = Failure(error, location),
        };
    }

    public static FailureInfo Failure(Exception error, ErrorLocation? location = null) => new()
    {
        Type = error is ManifoldException manifold ? "io.manifold." + manifold.ErrorCode.Name : error.GetType().FullName ?? "Exception",
        Message = error.Message,
        Cause = error.InnerException is { } inner and not ManifoldException ? new FailureInfo { Type = inner.GetType().FullName ?? "Exception", Message = inner.Message } : null,
        ErrorLocation = location,
    };
}
