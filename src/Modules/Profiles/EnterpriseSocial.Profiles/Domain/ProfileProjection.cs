using EnterpriseSocial.Profiles.Contracts;

namespace EnterpriseSocial.Profiles.Domain;

internal static class ProfileProjection
{
    public static ProfileSummary ToSummary(Profile profile) =>
        new(profile.Id, profile.DisplayName, profile.JobTitle, profile.Department, profile.Site, profile.ManagerId, profile.IsFormerEmployee, profile.AvatarVersion);
}
