import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { ConversationPage } from './activity/ConversationPage';
import { MutedPage } from './activity/MutedPage';
import { ScheduledPostsPage } from './activity/ScheduledPostsPage';
import { CompanyPage, HomePage, SavedPage } from './activity/StreamPages';
import { TopicPage } from './activity/TopicPage';
import { AuthProvider } from './auth/AuthProvider';
import { RequireAuth, RequireCapability } from './auth/RequireAuth';
import { Layout } from './components/Layout';
import { LiveProvider } from './live/LiveProvider';
import { NotificationsProvider } from './notifications/NotificationsProvider';
import { ForgotPasswordPage } from './pages/auth/ForgotPasswordPage';
import { ResetPasswordPage } from './pages/auth/ResetPasswordPage';
import { SignInCallbackPage } from './pages/auth/SignInCallbackPage';
import { SignInPage } from './pages/auth/SignInPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { EditProfilePage } from './pages/EditProfilePage';
import { FollowListPage } from './pages/FollowListPage';
import { OrgChartPage } from './pages/OrgChartPage';
import { PeoplePage } from './pages/PeoplePage';
import { PersonPostsPage } from './pages/PersonPostsPage';
import { ProfilePage } from './pages/ProfilePage';

// Pages most visits never open load on demand, keeping the first screen's script small.
const AccountsPage = lazy(() => import('./pages/admin/AccountsPage').then((m) => ({ default: m.AccountsPage })));
const AuditLogPage = lazy(() => import('./pages/admin/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));
const ProfileFieldsPage = lazy(() => import('./pages/admin/ProfileFieldsPage').then((m) => ({ default: m.ProfileFieldsPage })));
const SpacePage = lazy(() => import('./spaces/SpacePage').then((m) => ({ default: m.SpacePage })));
const PlatformModerationPage = lazy(() => import('./moderation/ModerationPages').then((m) => ({ default: m.PlatformModerationPage })));
const SpaceModerationPage = lazy(() => import('./moderation/ModerationPages').then((m) => ({ default: m.SpaceModerationPage })));
const SearchPage = lazy(() => import('./search/SearchPage').then((m) => ({ default: m.SearchPage })));
const SpacesPage = lazy(() => import('./spaces/SpacesPage').then((m) => ({ default: m.SpacesPage })));
const NotificationCentrePage = lazy(() => import('./notifications/NotificationCentrePage').then((m) => ({ default: m.NotificationCentrePage })));
const NotificationPreferencesPage = lazy(() =>
  import('./notifications/NotificationPreferencesPage').then((m) => ({ default: m.NotificationPreferencesPage })),
);
const MessagesPage = lazy(() => import('./messages/MessagesPage').then((m) => ({ default: m.MessagesPage })));
const ChatPage = lazy(() => import('./messages/ChatPage').then((m) => ({ default: m.ChatPage })));
const EmailAvoidedPage = lazy(() => import('./notifications/EmailAvoidedPage').then((m) => ({ default: m.EmailAvoidedPage })));
const RecognitionWallPage = lazy(() => import('./recognition/WallPages').then((m) => ({ default: m.RecognitionWallPage })));
const SpaceRecognitionPage = lazy(() => import('./recognition/WallPages').then((m) => ({ default: m.SpaceRecognitionPage })));
const PraiseComposerPage = lazy(() => import('./recognition/PraiseComposerPage').then((m) => ({ default: m.PraiseComposerPage })));
const BadgesAdminPage = lazy(() => import('./recognition/BadgesAdminPage').then((m) => ({ default: m.BadgesAdminPage })));

export function App() {
  return (
    <AuthProvider>
      <LiveProvider>
        <NotificationsProvider>
          <Routes>
            <Route element={<Layout />}>
              <Route path="signin" element={<SignInPage />} />
              <Route path="signin-callback" element={<SignInCallbackPage />} />
              <Route path="forgot-password" element={<ForgotPasswordPage />} />
              <Route path="reset-password" element={<ResetPasswordPage />} />
              <Route element={<RequireAuth />}>
                <Route index element={<HomePage />} />
                <Route path="saved" element={<SavedPage />} />
                <Route path="muted" element={<MutedPage />} />
                <Route path="scheduled" element={<ScheduledPostsPage />} />
                <Route path="posts/:id" element={<ConversationPage />} />
                <Route path="search" element={<SearchPage />} />
                <Route path="spaces" element={<SpacesPage />} />
                <Route path="spaces/:id" element={<SpacePage />} />
                <Route path="spaces/:id/members" element={<SpacePage part="members" />} />
                <Route path="spaces/:id/manage" element={<SpacePage part="manage" />} />
                <Route path="spaces/:id/moderation" element={<SpaceModerationPage />} />
                <Route path="notifications" element={<NotificationCentrePage />} />
                <Route path="notifications/preferences" element={<NotificationPreferencesPage />} />
                {/* The company's own pages; external guests reach their spaces only. */}
                <Route element={<RequireCapability capability="UseCompanyDirectory" />}>
                  <Route path="company" element={<CompanyPage />} />
                  <Route path="topics/:tag" element={<TopicPage />} />
                  <Route path="people" element={<PeoplePage />} />
                  <Route path="people/me/edit" element={<EditProfilePage />} />
                  <Route path="people/:id" element={<ProfilePage />} />
                  <Route path="people/:id/followers" element={<FollowListPage kind="followers" />} />
                  <Route path="people/:id/following" element={<FollowListPage kind="following" />} />
                  <Route path="people/:id/posts" element={<PersonPostsPage />} />
                  <Route path="people/:id/org-chart" element={<OrgChartPage />} />
                  <Route path="spaces/:id/recognition" element={<SpaceRecognitionPage />} />
                  <Route path="recognition" element={<RecognitionWallPage />} />
                  <Route path="recognition/praise" element={<PraiseComposerPage />} />
                  <Route path="messages" element={<MessagesPage />} />
                  <Route path="messages/:personId" element={<ChatPage />} />
                </Route>
                <Route path="admin" element={<RequireCapability capability="AdministerAccounts" />}>
                  <Route index element={<AccountsPage />} />
                </Route>
                <Route path="admin/profile-fields" element={<RequireCapability capability="AdministerAccounts" />}>
                  <Route index element={<ProfileFieldsPage />} />
                </Route>
                <Route path="admin/badges" element={<RequireCapability capability="AdministerAccounts" />}>
                  <Route index element={<BadgesAdminPage />} />
                </Route>
                <Route path="admin/moderation" element={<RequireCapability capability="ModeratePlatform" />}>
                  <Route index element={<PlatformModerationPage />} />
                </Route>
                <Route path="admin/audit" element={<RequireCapability capability="ReadAuditLog" />}>
                  <Route index element={<AuditLogPage />} />
                </Route>
                <Route path="admin/email-avoided" element={<RequireCapability capability="ViewParticipationAnalytics" />}>
                  <Route index element={<EmailAvoidedPage />} />
                </Route>
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </NotificationsProvider>
      </LiveProvider>
    </AuthProvider>
  );
}
