namespace Manifold.Engine.Functions.Support;

/// <summary>SQL names of the physical numeric types, for error messages in generic kernels.</summary>
internal static class NumericTypes
{
    /// <summary>The SQL type name of a physical numeric type.</summary>
    public static string NameOf<T>() => typeof(T) switch
    {
        var t when t == typeof(sbyte) => "tinyint",
        var t when t == typeof(short) => "smallint",
        var t when t == typeof(int) => "integer",
        var t when t == typeof(long) => "bigint",
        var t when t == typeof(float) => "real",
        var t when t == typeof(double) => "double",
        _ => typeof(T).Name,
    };
}
