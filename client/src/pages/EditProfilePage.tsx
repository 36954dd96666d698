import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fieldErrors } from '../api/http';
import { editMyProfile, getFieldRules, getProfile, uploadAvatar, type ProfileDetails, type ProfileEdit, type ProfileField } from '../api/profiles';
import { useAuth } from '../auth/authContext';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { FileButton } from '../components/form/FileButton';
import { TextField } from '../components/form/TextField';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { useFormErrors } from '../components/form/useFormErrors';
import { LoadFailed } from '../components/LoadFailed';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { Avatar } from './Avatar';

const TEXT_FIELDS = ['jobTitle', 'department', 'site', 'phone', 'pronouns'] as const;
const TAG_FIELDS = ['languages', 'skills', 'askMeAbout'] as const;
const FIELD_IDS = Object.fromEntries(
  [...TEXT_FIELDS, 'bio', ...TAG_FIELDS].map((field) => [field, `profile-${field}`]),
) as Record<ProfileField, string>;

type Values = Record<ProfileField, string>;

function valuesOf(profile: ProfileDetails): Values {
  return {
    jobTitle: profile.jobTitle, department: profile.department, site: profile.site, phone: profile.phone, pronouns: profile.pronouns, bio: profile.bioMarkdown,
    languages: profile.languages.join(', '), skills: profile.skills.join(', '), askMeAbout: profile.askMeAbout.join(', '),
  };
}

const tagsOf = (text: string) => text.split(',').map((tag) => tag.trim()).filter(Boolean);

/** Edit my profile: the fields the company leaves to employees, and my photo. */
export function EditProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('editProfile.title'));
  const { me } = useAuth();
  const [saved, setSaved] = useState(false);
  const [avatarError, setAvatarError] = useState<string | null>(null);
  const form = useFormErrors<ProfileField>();
  // The form's values live in the loaded state, so that a retry after a failure loads them like the first time.
  const loaded = useLoad(['edit-profile', me?.id], async (signal) => {
    const [profile, rules] = await Promise.all([getProfile(me!.id, signal), getFieldRules(signal)]);
    return { profile, values: valuesOf(profile), editable: new Set(rules.filter((rule) => rule.editableByEmployee).map((rule) => rule.field)) };
  });

  if (loaded.status === 'failed') {
    return (
      <>
        <h1>{t('editProfile.title')}</h1>
        <LoadFailed error={loaded.error} onRetry={loaded.reload} />
      </>
    );
  }
  if (!loaded.value) {
    return <p role="status">{t('profile.loading')}</p>;
  }
  const { profile, values, editable } = loaded.value;

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const edit: ProfileEdit = {};
    for (const field of TEXT_FIELDS) {
      if (editable.has(field) && values[field] !== profile[field]) edit[field] = values[field];
    }
    if (editable.has('bio') && values.bio !== profile.bioMarkdown) edit.bio = values.bio;
    for (const field of TAG_FIELDS) {
      if (editable.has(field)) edit[field] = tagsOf(values[field]);
    }
    try {
      await editMyProfile(edit);
      form.clear();
      setSaved(true);
    } catch (error) {
      const byField = fieldErrors(error);
      const messages = Object.fromEntries(Object.entries(byField).map(([field, list]) => [field, list[0]]));
      form.show(Object.keys(messages).length > 0 ? messages : { form: apiErrorMessage(error, t) });
    }
  }

  async function changeAvatar(file: File | undefined) {
    if (!file) return;
    setAvatarError(null);
    try {
      const { version } = await uploadAvatar(file);
      loaded.update((current) => ({ ...current, profile: { ...current.profile, avatarVersion: version } }));
    } catch (error) {
      setAvatarError(apiErrorMessage(error, t));
    }
  }

  const set = (field: ProfileField) => (value: string) => loaded.update((current) => ({ ...current, values: { ...current.values, [field]: value } }));
  return (
    <>
      <h1>{t('editProfile.title')}</h1>
      <section className="avatar-editor" aria-labelledby="avatar-heading">
        <h2 id="avatar-heading">{t('editProfile.photo')}</h2>
        <Avatar person={profile} size={256} />
        <p className="field__hint" id="avatar-hint">{t('editProfile.photoHint')}</p>
        <FileButton label={t('editProfile.choosePhoto')} accept="image/png,image/jpeg,image/webp" describedBy="avatar-hint"
          onFiles={([file]) => void changeAvatar(file)} />
        {avatarError && <p role="alert" className="alert">{avatarError}</p>}
      </section>
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        <ErrorSummary errors={form.summary(FIELD_IDS)} attempt={form.attempt} />
        {TEXT_FIELDS.map((field) => (
          <TextField key={field} id={FIELD_IDS[field]} label={t(`editProfile.fields.${field}`)} value={values[field]}
            disabled={!editable.has(field)} hint={editable.has(field) ? undefined : t('editProfile.fromDirectory')}
            error={form.errors[field]} onValueChange={set(field)} />
        ))}
        <div className="field">
          <label className="field__label" htmlFor={FIELD_IDS.bio}>{t('editProfile.fields.bio')}</label>
          <p className="field__hint" id="bio-hint">{t('editProfile.bioHint')}</p>
          <textarea id={FIELD_IDS.bio} className="field__input" rows={5} value={values.bio} aria-describedby="bio-hint"
            disabled={!editable.has('bio')} onChange={(event) => set('bio')(event.target.value)} />
          {form.errors.bio && <p className="field__error">{form.errors.bio}</p>}
        </div>
        {TAG_FIELDS.map((field) => (
          <TextField key={field} id={FIELD_IDS[field]} label={t(`editProfile.fields.${field}`)} value={values[field]}
            hint={editable.has(field) ? t('editProfile.tagsHint') : t('editProfile.fromDirectory')} disabled={!editable.has(field)}
            error={form.errors[field]} onValueChange={set(field)} />
        ))}
        <button type="submit" className="button">{t('editProfile.save')}</button>
        {saved && <p role="status">{t('editProfile.saved')} <Link to={`/people/${profile.id}`}>{t('editProfile.view')}</Link></p>}
      </form>
    </>
  );
}
