namespace Manifold.Engine.Functions.Aggregate;

/// <summary>Min or max, as a type parameter so that the choice is folded into the specialized loop.</summary>
internal interface IMinMaxDirection
{
    static abstract bool IsMinimum { get; }
}

/// <summary>The minimum direction.</summary>
internal readonly struct MinimumDirection : IMinMaxDirection
{
    public static bool IsMinimum => true;
}

/// <summary>The maximum direction.</summary>
internal readonly struct MaximumDirection : IMinMaxDirection
{
    public static bool IsMinimum => false;
}
