namespace Manifold.Server.Tests.Security;

/// <summary>Test classes that start KERBEROS coordinators run one after another: the acceptor keytab is process-wide in
/// the GSSAPI library, and each coordinator registers its own when it starts.</summary>
[CollectionDefinition(Name)]
public sealed class KerberosCollection
{
    public const string Name = "Kerberos keytab";
}
