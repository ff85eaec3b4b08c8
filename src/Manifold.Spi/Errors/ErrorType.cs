namespace Manifold.Spi.Errors;

/// <summary>The broad class of a failure, as in Trino's protocol (<c>errorType</c>).</summary>
public enum ErrorType
{
    /// <summary>The user's input is wrong: bad SQL, missing table, invalid argument.</summary>
    UserError,

    /// <summary>A bug or an unexpected condition inside Manifold.</summary>
    InternalError,

    /// <summary>A limit was hit (memory, queue, time); retrying later may succeed.</summary>
    InsufficientResources,

    /// <summary>An outside system (a connector's data source) failed.</summary>
    External,
}
