using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Orders positions of one vector by the values there (<see cref="ValueComparer.Compare"/>; nulls last).</summary>
internal sealed class PositionComparer(Vector vector) : IComparer<int>
{
    public int Compare(int x, int y) => ValueComparer.Compare(vector, x, vector, y);
}
