import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router-dom';
import { getProfile, setFollowing } from '../api/profiles';
import { MuteToggle } from '../activity/MuteToggle';
import { ReportButton } from '../moderation/ReportButton';
import { ProfileRecognition } from '../recognition/ProfileRecognition';
import { useAuth } from '../auth/authContext';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { Avatar } from './Avatar';
import { PersonNotLoaded } from './PersonNotLoaded';
import { PersonLine } from './PersonLine';
import { RecentPosts } from './RecentPosts';

/** A profile's list of tags; skills and topics lead to the colleagues the directory finds for them. */
function Tags({ label, tags, searchable = false }: { label: string; tags: string[]; searchable?: boolean }) {
  const { t } = useTranslation();
  if (tags.length === 0) {
    return null;
  }
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <ul className="tags">
          {tags.map((tag) => (
            <li key={tag} className="tag">
              {searchable ? (
                <Link to={`/people?${new URLSearchParams({ q: tag })}`} title={t('profile.searchTag', { tag })}>
                  {tag}
                </Link>
              ) : (
                tag
              )}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useAuth();
  // "me" stands for one's own profile in its address, as in the edit form's (/people/me/edit).
  if (id === 'me') {
    return me ? <Navigate replace to={`/people/${me.id}`} /> : <p role="status">{t('profile.loading')}</p>;
  }
  // Another person is another profile: nothing of the last one (its follow button's state) carries over while the next loads.
  return <Profile key={id} id={id} />;
}

function Profile({ id }: { id: string }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const loaded = useLoad(id, (signal) => getProfile(id, signal));
  const [busy, setBusy] = useState(false);
  useDocumentTitle(loaded.value?.displayName ?? t('profile.title'));

  if (loaded.status === 'loading') {
    return <p role="status">{t('profile.loading')}</p>;
  }
  if (loaded.status === 'failed') {
    return <PersonNotLoaded title={t('profile.title')} error={loaded.error} onRetry={loaded.reload} />;
  }

  const profile = loaded.value;
  const isMe = me?.id === profile.id;

  async function toggleFollow() {
    setBusy(true);
    const follow = !profile.followedByMe;
    try {
      await setFollowing(profile.id, follow);
      loaded.update((current) => ({ ...current, followedByMe: follow, followerCount: current.followerCount + (follow ? 1 : -1) }));
    } finally {
      setBusy(false);
    }
  }

  const place = [profile.department, profile.site].filter(Boolean).join(' · ');
  return (
    <article className="profile" aria-labelledby="profile-name">
      <header className="profile__header">
        <Avatar person={profile} size={256} />
        <div>
          <h1 id="profile-name">
            {profile.displayName}
            {profile.pronouns && <span className="profile__pronouns"> ({profile.pronouns})</span>}
          </h1>
          {profile.jobTitle && <p className="profile__title">{profile.jobTitle}</p>}
          {place && <p className="person__meta">{place}</p>}
          {profile.isFormerEmployee && <p className="profile__former">{t('profile.former')}</p>}
          <p className="profile__counts">
            <Link to={`/people/${profile.id}/followers`}>{t('profile.followers', { count: profile.followerCount })}</Link> ·{' '}
            <Link to={`/people/${profile.id}/following`}>{t('profile.following', { count: profile.followingCount })}</Link> ·{' '}
            <Link to={`/people/${profile.id}/org-chart`}>{t('orgChart.link')}</Link>
          </p>
          <div className="profile__actions">
            {isMe && (
              <Link className="button" to="/people/me/edit">
                {t('editProfile.edit')}
              </Link>
            )}
            {!isMe && !profile.isFormerEmployee && (
              <button type="button" className="button" aria-pressed={profile.followedByMe} disabled={busy} onClick={() => void toggleFollow()}>
                {profile.followedByMe ? t('profile.unfollow', { name: profile.displayName }) : t('profile.follow', { name: profile.displayName })}
              </button>
            )}
            {!isMe && !profile.isFormerEmployee && (
              <Link className="button button--secondary" to={`/recognition/praise?to=${encodeURIComponent(profile.id)}`}>
                {t('recognition.profile.praise', { name: profile.displayName })}
              </Link>
            )}
            {!isMe && !profile.isFormerEmployee && (
              <Link className="button button--secondary" to={`/messages/${profile.id}`}>
                {t('messages.send')}
              </Link>
            )}
            {!isMe && (
              <MuteToggle
                kind="person"
                mutedKey={profile.id}
                texts={{
                  turnOn: t('post.mutePerson', { name: profile.displayName }),
                  turnOff: t('profile.unmutePerson', { name: profile.displayName }),
                  turnedOn: t('post.mutedPerson', { name: profile.displayName }),
                  turnedOff: t('profile.unmutedPerson', { name: profile.displayName }),
                }}
              />
            )}
            {!isMe && <ReportButton kind="person" id={profile.id} />}
          </div>
        </div>
      </header>
      {/* bioHtml is Markdown the server rendered and passed through its allowlist sanitizer. */}
      {profile.bioHtml && <section className="profile__bio" aria-label={t('profile.bio')} dangerouslySetInnerHTML={{ __html: profile.bioHtml }} />}
      <dl className="profile__facts">
        <dt>{t('profile.email')}</dt>
        <dd>
          <a href={`mailto:${profile.email}`}>{profile.email}</a>
        </dd>
        {profile.phone && (
          <>
            <dt>{t('profile.phone')}</dt>
            <dd>
              <a href={`tel:${profile.phone.replace(/\s/g, '')}`}>{profile.phone}</a>
            </dd>
          </>
        )}
        <Tags label={t('profile.languages')} tags={profile.languages} />
        <Tags label={t('profile.skills')} tags={profile.skills} searchable />
        <Tags label={t('profile.askMeAbout')} tags={profile.askMeAbout} searchable />
      </dl>
      <RecentPosts personId={profile.id} name={profile.displayName} />
      <ProfileRecognition personId={profile.id} isMe={isMe} />
      {(profile.manager !== null || profile.directReports.length > 0) && (
        <section aria-labelledby="works-with">
          <h2 id="works-with">{t('profile.worksWith')}</h2>
          {profile.manager && (
            <>
              <h3>{t('profile.manager')}</h3>
              <ul className="colleagues">
                <PersonLine person={profile.manager} />
              </ul>
            </>
          )}
          {profile.directReports.length > 0 && (
            <>
              <h3>{t('profile.directReports', { count: profile.directReports.length })}</h3>
              <ul className="colleagues">
                {profile.directReports.map((person) => (
                  <PersonLine key={person.id} person={person} />
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </article>
  );
}
