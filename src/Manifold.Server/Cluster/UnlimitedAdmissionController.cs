namespace Manifold.Server.Cluster;

/// <summary>Admits every query at once: the default until resource groups are configured.</summary>
public sealed class UnlimitedAdmissionController : IAdmissionController
{
    /// <inheritdoc />
    public ValueTask<IAdmissionLease> AdmitAsync(AdmissionRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IAdmissionLease>(new Lease());
    }

    private sealed class Lease : IAdmissionLease
    {
        public string ResourceGroupId => "global";

        public void ReportMemory(long bytes)
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
