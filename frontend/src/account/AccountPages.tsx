import type { AccountPage } from '../router';
import type { Viewer } from '../useViewer';
import { AccessLog } from './AccessLog';
import { Consents } from './Consents';
import { MyData } from './MyData';
import { AccountOverview } from './Overview';
import { Policy } from './Policy';
import { Preferences } from './Preferences';
import { ProfilePage } from './Profile';

/**
 * The "My account" pages: a chunk of their own, so the home and request pages
 * do not carry them. The layout loads it in the background once someone is
 * signed in (see load.ts).
 */
export function AccountPageFor({ page, viewer }: { page: AccountPage; viewer: Viewer }) {
  switch (page) {
    case 'overview':
      return <AccountOverview viewer={viewer} />;
    case 'data':
      return <MyData />;
    case 'profile':
      return <ProfilePage />;
    case 'preferences':
      return <Preferences />;
    case 'consents':
      return <Consents />;
    case 'policy':
      return <Policy />;
    case 'access':
      return <AccessLog />;
  }
}
