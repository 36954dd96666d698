namespace EnterpriseSocial.Identity.Contracts;

/// <summary>What other modules may ask about accounts: who may still be here, and who is an external guest.</summary>
public interface IAccountStatus
{
    /// <summary>Which of these accounts are deactivated or gone.</summary>
    Task<IReadOnlySet<Guid>> WhichMayNoLongerSignInAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken);

    /// <summary>
    /// Which of these accounts are external guests: they hold no company role, so they may reach the
    /// spaces they were invited to and nothing company-wide.
    /// </summary>
    Task<IReadOnlySet<Guid>> GuestsAmongAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken);
}
