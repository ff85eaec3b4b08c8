namespace Manifold.Server.Protocol;

/// <summary>A malformed request (bad header, empty SQL, ...): answered with the status code and a text/plain message,
/// never as a query failure.</summary>
internal sealed class ProtocolException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
