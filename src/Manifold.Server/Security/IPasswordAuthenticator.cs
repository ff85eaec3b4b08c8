namespace Manifold.Server.Security;

/// <summary>Checks a user name and password (Trino's <c>PasswordAuthenticator</c>); the file authenticator is the one so far.</summary>
internal interface IPasswordAuthenticator
{
    /// <summary>Whether the password is right for the user. Must be fast when repeated: every request of a query
    /// (each GET of nextUri) authenticates again.</summary>
    bool Authenticate(string user, string password);
}
