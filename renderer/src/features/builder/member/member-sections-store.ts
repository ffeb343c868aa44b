import { create } from 'zustand';
import type { MemberSectionId } from './member-sections';

/** Which member-card sections are open; kept across draft switches like the coupon editor's. */
export interface MemberSectionsState {
  open: Readonly<Record<MemberSectionId, boolean>>;
  toggle(id: MemberSectionId): void;
  /** Opens a section (a finding's field is about to be focused). */
  reveal(id: MemberSectionId): void;
}

export const useMemberSections = create<MemberSectionsState>()((set) => ({
  open: { face: true, validity: true, points: true, activation: true, cells: true, redeem: false, usage: false, service: false },
  toggle: (id) => set((s) => ({ open: { ...s.open, [id]: !s.open[id] } })),
  reveal: (id) => set((s) => (s.open[id] ? s : { open: { ...s.open, [id]: true } })),
}));
