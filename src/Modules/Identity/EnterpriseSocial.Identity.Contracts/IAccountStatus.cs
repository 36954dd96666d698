namespace EnterpriseSocial.Identity.Contracts;

/// <summary>Lets long-lived connections check that the people behind them may still be here.</summary>
public interface IAccountStatus
{
    /// <summary>Which of these accounts are deactivated or gone.</summary>
    Task<IReadOnlySet<Guid>> WhichMayNoLongerSignInAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken);
}
