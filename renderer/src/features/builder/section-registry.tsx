import type { ComponentType } from 'react';
import type { EditorSectionId } from '../../lib/editor-sections';
import { AfterSection } from './sections/AfterSection';
import { BusinessSection } from './sections/BusinessSection';
import { ConditionsSection } from './sections/ConditionsSection';
import { CoverSection } from './sections/CoverSection';
import { DealSection } from './sections/DealSection';
import { FaceSection } from './sections/FaceSection';
import { HoursSection } from './sections/HoursSection';
import { IssueSection } from './sections/IssueSection';
import { RedeemSection } from './sections/RedeemSection';
import { ServiceSection } from './sections/ServiceSection';
import { UsageSection } from './sections/UsageSection';
import { ValiditySection } from './sections/ValiditySection';

/** The body of each editor section. */
export const SECTION_BODIES: Readonly<Record<EditorSectionId, ComponentType>> = {
  face: FaceSection,
  deal: DealSection,
  validity: ValiditySection,
  issue: IssueSection,
  redeem: RedeemSection,
  usage: UsageSection,
  service: ServiceSection,
  cover: CoverSection,
  conditions: ConditionsSection,
  hours: HoursSection,
  business: BusinessSection,
  after: AfterSection,
};
