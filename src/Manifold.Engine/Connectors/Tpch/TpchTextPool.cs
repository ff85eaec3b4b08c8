using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>dbgen's 300 MiB pool of pseudo-English that every comment is cut from (GENERATOR-NOTES §5).</summary>
/// <remarks>Built once per process, lazily and thread-safely, from stream 5 (about 60 million draws); read-only
/// afterwards. It keeps 300 MiB alive for the life of the process, as in Trino.</remarks>
internal static class TpchTextPool
{
    /// <summary>Size of the pool in bytes.</summary>
    public const int Size = 314_572_800;

    /// <summary>Room for the sentence that crosses <see cref="Size"/> (sentences are far shorter).</summary>
    private const int Slack = 1024;

    private const long Seed = 933588178;

    private static Task<byte[]>? s_building;

    /// <summary>The pool: its first <see cref="Size"/> bytes (ASCII); the array may be longer. Blocks while it is built.</summary>
    public static byte[] Bytes => WhenBuilt().GetAwaiter().GetResult();

    /// <summary>True once the pool exists.</summary>
    public static bool IsBuilt => Volatile.Read(ref s_building) is { IsCompletedSuccessfully: true };

    /// <summary>Starts building the pool (once per process, about a second) and completes when it is built, so that a
    /// query can wait for it and still be cancelled.</summary>
    public static Task<byte[]> WhenBuilt()
    {
        Task<byte[]>? building = Volatile.Read(ref s_building);
        if (building is not null)
        {
            return building;
        }
        var started = new Task<byte[]>(Build);
        if (Interlocked.CompareExchange(ref s_building, started, null) is { } other)
        {
            return other;
        }
        started.Start(TaskScheduler.Default);
        return started;
    }

    /// <summary>Asks the CPU to start loading the cache line at <paramref name="offset"/> of the pool.</summary>
    /// <remarks>Comments are slices at random offsets of 300 MiB, so nearly every one misses the caches and the TLB.
    /// The copy loop prefetches a few rows ahead so that the misses overlap. Measured on SF 1 lineitem: l_comment alone went from 166 to 56 ns per row, all 16 columns from 289 to 206.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch(byte[] pool, int offset)
    {
        if (Sse.IsSupported)
        {
            // The pool lives on the pinned object heap: its address never changes.
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(pool), offset)));
        }
    }

    private static byte[] Build()
    {
        // Not zeroed: every byte below Size is written before it is read. Pinned (never moves), so generators may
        // prefetch through a pointer (see Prefetch).
        byte[] buffer = GC.AllocateUninitializedArray<byte>(Size + Slack, pinned: true);
        var grammar = new Phrases(TpchDistributions.Grammar);
        var nounPhrases = new Phrases(TpchDistributions.NounPhrases);
        var verbPhrases = new Phrases(TpchDistributions.VerbPhrases);
        var nouns = new Words(TpchDistributions.Nouns);
        var verbs = new Words(TpchDistributions.Verbs);
        var adjectives = new Words(TpchDistributions.Adjectives);
        var adverbs = new Words(TpchDistributions.Adverbs);
        var articles = new Words(TpchDistributions.Articles);
        var prepositions = new Words(TpchDistributions.Prepositions);
        var auxiliaries = new Words(TpchDistributions.Auxiliaries);
        var terminators = new Words(TpchDistributions.Terminators);
        nounPhrases.Bind(articles, adjectives, adverbs, nouns);
        verbPhrases.Bind(null, null, adverbs, null, verbs, auxiliaries);

        long seed = Seed;
        int length = 0;
        while (length < Size)
        {
            // A sentence: tokens N (noun phrase), V (verb phrase), P (preposition + "the " + noun phrase), T (terminator).
            byte[] form = grammar.Tokens[grammar.Pick(ref seed)];
            for (int t = 0; t < form.Length; t++)
            {
                switch (form[t])
                {
                    case (byte)'N':
                        nounPhrases.Append(ref seed, buffer, ref length);
                        break;
                    case (byte)'V':
                        verbPhrases.Append(ref seed, buffer, ref length);
                        break;
                    case (byte)'P':
                        prepositions.Append(ref seed, buffer, ref length);
                        "the "u8.CopyTo(buffer.AsSpan(length));
                        length += 4;
                        nounPhrases.Append(ref seed, buffer, ref length);
                        break;
                    case (byte)'T':
                        length--;   // the terminator abuts the last word
                        terminators.Append(ref seed, buffer, ref length);
                        break;
                    default:
                        break;
                }
            }
        }
        return buffer;
    }

    /// <summary>A word list; each word is stored with its trailing blank.</summary>
    private sealed class Words
    {
        private readonly TpchDistribution _distribution;
        private readonly byte[][] _words;
        private readonly byte[][] _wordsWithComma;

        public Words(TpchDistribution distribution)
        {
            _distribution = distribution;
            _words = new byte[distribution.Count][];
            _wordsWithComma = new byte[distribution.Count][];
            for (int i = 0; i < distribution.Count; i++)
            {
                byte[] word = distribution.Utf8[i];
                _words[i] = [.. word, (byte)' '];
                _wordsWithComma[i] = [.. word, (byte)',', (byte)' '];
            }
        }

        public void Append(ref long seed, byte[] buffer, ref int length) => Copy(_words[_distribution.Pick(ref seed)], buffer, ref length);

        public void AppendWithComma(ref long seed, byte[] buffer, ref int length)
            => Copy(_wordsWithComma[_distribution.Pick(ref seed)], buffer, ref length);

        private static void Copy(byte[] word, byte[] buffer, ref int length)
        {
            word.CopyTo(buffer.AsSpan(length));
            length += word.Length;
        }
    }

    /// <summary>A list of phrase forms: per form the letters of its tokens and whether each carries a comma.</summary>
    private sealed class Phrases
    {
        private readonly TpchDistribution _distribution;
        private Words[][] _lists = [];
        private bool[][] _commas = [];

        public Phrases(TpchDistribution distribution)
        {
            _distribution = distribution;
            Tokens = new byte[distribution.Count][];
            for (int i = 0; i < distribution.Count; i++)
            {
                string form = distribution.Values[i];
                var tokens = new List<byte>();
                foreach (char c in form)
                {
                    if (c is not (' ' or ','))
                    {
                        tokens.Add((byte)c);
                    }
                }
                Tokens[i] = [.. tokens];
            }
        }

        /// <summary>Token letters of each form.</summary>
        public byte[][] Tokens { get; }

        public int Pick(ref long seed) => _distribution.Pick(ref seed);

        /// <summary>Resolves token letters to word lists: A, J, D, N for noun phrases; D, V, X for verb phrases.</summary>
        public void Bind(Words? articles, Words? adjectives, Words adverbs, Words? nouns, Words? verbs = null, Words? auxiliaries = null)
        {
            _lists = new Words[Tokens.Length][];
            _commas = new bool[Tokens.Length][];
            for (int i = 0; i < Tokens.Length; i++)
            {
                string form = _distribution.Values[i];
                var lists = new List<Words>();
                var commas = new List<bool>();
                for (int c = 0; c < form.Length; c++)
                {
                    Words? list = form[c] switch
                    {
                        'A' => articles,
                        'J' => adjectives,
                        'D' => adverbs,
                        'N' => nouns,
                        'V' => verbs,
                        'X' => auxiliaries,
                        _ => null,
                    };
                    if (list is not null)
                    {
                        lists.Add(list);
                        commas.Add(c + 1 < form.Length && form[c + 1] == ',');
                    }
                }
                _lists[i] = [.. lists];
                _commas[i] = [.. commas];
            }
        }

        /// <summary>Draws a form, then a word for each of its tokens (each followed by its comma, if any, and a blank).</summary>
        public void Append(ref long seed, byte[] buffer, ref int length)
        {
            int form = _distribution.Pick(ref seed);
            Words[] lists = _lists[form];
            bool[] commas = _commas[form];
            for (int i = 0; i < lists.Length; i++)
            {
                if (commas[i])
                {
                    lists[i].AppendWithComma(ref seed, buffer, ref length);
                }
                else
                {
                    lists[i].Append(ref seed, buffer, ref length);
                }
            }
        }
    }
}
