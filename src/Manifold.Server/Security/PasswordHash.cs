using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Manifold.Server.Security;

/// <summary>A hashed password of a Trino password file: bcrypt (<c>$2y$10$…</c>, cost at least 8) or Trino's PBKDF2 form
/// <c>iterations:salt-hex:hash-hex</c> (PBKDF2WithHmacSHA256, at least 1000 iterations).</summary>
public abstract class PasswordHash
{
    /// <summary>The bcrypt cost <c>manifold passwd</c> uses.</summary>
    public const int DefaultBcryptCost = 10;

    private const int MinBcryptCost = 8;
    private const int MinPbkdf2Iterations = 1000;

    private PasswordHash()
    {
    }

    /// <summary>Whether <paramref name="password"/> matches. Slow on purpose (bcrypt, PBKDF2): cache the answer.</summary>
    public abstract bool Verify(string password);

    /// <summary>Hashes a password with bcrypt in Trino's <c>$2y$</c> form.</summary>
    public static string HashBcrypt(string password, int cost = DefaultBcryptCost)
        => BCrypt.Net.BCrypt.HashPassword(password, BCrypt.Net.BCrypt.GenerateSalt(cost, 'y'));

    /// <summary>Parses the hash part of a password file line.</summary>
    /// <param name="text">The text after <c>user:</c>.</param>
    /// <param name="error">Why the text is not a usable hash.</param>
    public static bool TryParse(string text, out PasswordHash? hash, out string? error)
    {
        hash = null;
        error = null;
        if (text.StartsWith("$2", StringComparison.Ordinal))
        {
            // $2y$10$ + 53 characters of salt and hash
            string[] parts = text.Split('$');
            if (parts.Length != 4 || parts[1] is not ("2y" or "2a" or "2b") || parts[3].Length != 53
                || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int cost))
            {
                error = "malformed bcrypt hash (expected $2y$<cost>$<53 characters>)";
                return false;
            }
            if (cost < MinBcryptCost)
            {
                error = $"bcrypt cost {cost} is below the minimum of {MinBcryptCost}";
                return false;
            }
            hash = new Bcrypt(text);
            return true;
        }
        string[] fields = text.Split(':');
        if (fields.Length == 3)
        {
            if (!int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out int iterations)
                || !TryHex(fields[1], out byte[]? salt) || !TryHex(fields[2], out byte[]? expected) || salt.Length == 0 || expected.Length == 0)
            {
                error = "malformed PBKDF2 hash (expected <iterations>:<salt hex>:<hash hex>)";
                return false;
            }
            if (iterations < MinPbkdf2Iterations)
            {
                error = $"PBKDF2 iteration count {iterations} is below the minimum of {MinPbkdf2Iterations}";
                return false;
            }
            hash = new Pbkdf2(iterations, salt, expected);
            return true;
        }
        error = "the hashing algorithm cannot be determined (expected bcrypt $2y$… or PBKDF2 iterations:salt:hash)";
        return false;
    }

    private static bool TryHex(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? bytes)
    {
        try
        {
            bytes = Convert.FromHexString(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = null;
            return false;
        }
    }

    private sealed class Bcrypt(string hash) : PasswordHash
    {
        public override bool Verify(string password)
        {
            try
            {
                return BCrypt.Net.BCrypt.Verify(password, hash);
            }
            catch (BCrypt.Net.SaltParseException)
            {
                return false;
            }
        }
    }

    private sealed class Pbkdf2(int iterations, byte[] salt, byte[] expected) : PasswordHash
    {
        public override bool Verify(string password)
        {
            byte[] actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
    }
}
