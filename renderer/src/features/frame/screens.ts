import type { ReactNode } from 'react';
import type { Localized } from '../../../../common/i18n';
import type { IconName } from '../../components/Icon';

/** One screen of the app frame: its rail entry and what it renders. */
export interface ScreenDef {
  id: string;
  label: Localized;
  icon: IconName;
  render(): ReactNode;
}
