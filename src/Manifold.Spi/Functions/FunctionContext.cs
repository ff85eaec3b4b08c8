namespace Manifold.Spi.Functions;

/// <summary>What functions may know about the query: session time zone and start time, for <c>now()</c> and friends.</summary>
/// <param name="TimeZoneKey">The session time zone (<see cref="Types.TimeZoneKey"/>).</param>
/// <param name="Start">When the query started; every call to <c>now()</c> in a query returns this.</param>
/// <param name="User">The session user.</param>
public sealed record FunctionContext(short TimeZoneKey, DateTimeOffset Start, string User);
