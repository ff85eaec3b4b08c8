namespace Manifold.Spi.Errors;

/// <summary>A numbered, named error code. Codes that mean the same as Trino's reuse Trino's number and name.</summary>
/// <param name="Code">The number sent to clients as <c>errorCode</c>.</param>
/// <param name="Name">The symbolic name sent as <c>errorName</c>, e.g. <c>SYNTAX_ERROR</c>.</param>
/// <param name="Type">The class of the failure.</param>
public sealed record ErrorCode(int Code, string Name, ErrorType Type)
{
    /// <summary>The protocol spelling of <see cref="Type"/>: <c>USER_ERROR</c>, <c>INTERNAL_ERROR</c>, ….</summary>
    public string TypeName => Type switch
    {
        ErrorType.UserError => "USER_ERROR",
        ErrorType.InternalError => "INTERNAL_ERROR",
        ErrorType.InsufficientResources => "INSUFFICIENT_RESOURCES",
        ErrorType.External => "EXTERNAL",
    };

    /// <inheritdoc />
    public override string ToString() => $"{Name}({Code})";
}
