namespace Manifold.Spi.Vectors;

/// <summary>The layout of a vector.</summary>
public enum VectorEncoding
{
    /// <summary><see cref="FlatVector{T}"/>: one fixed-width value per row.</summary>
    Flat,
    /// <summary><see cref="BytesVector"/>: variable-length bytes plus offsets.</summary>
    Bytes,
    /// <summary><see cref="ConstantVector"/>: one value repeated.</summary>
    Constant,
    /// <summary><see cref="DictionaryVector"/>: ids into another vector.</summary>
    Dictionary,
    /// <summary><see cref="ArrayVector"/>.</summary>
    Array,
    /// <summary><see cref="MapVector"/>.</summary>
    Map,
    /// <summary><see cref="RowVector"/>.</summary>
    Row,
}
