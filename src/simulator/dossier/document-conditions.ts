/** @module The situations a checklist item can depend on, with the fact that settles each one. */
import type { DossierFacts } from './dossier-input-schema';

/** Conditions an item can carry in the checklists, with the fact that settles them. */
export const DOCUMENT_CONDITIONS: Record<
  string,
  { label: string; holds: (facts: DossierFacts) => boolean | undefined }
> = {
  remboursement: {
    label: 'si l’entreprise paie l’organisme puis se fait rembourser',
    holds: (facts) => (facts.paymentMode === undefined ? undefined : facts.paymentMode === 'remboursement'),
  },
  distanciel: {
    label: 'si la formation a lieu à distance',
    holds: (facts) => (facts.format === undefined ? undefined : facts.format !== 'presentiel'),
  },
  duree_adaptee: {
    label: 'si la durée du contrat est réduite ou allongée',
    holds: (facts) => facts.durationAdjusted,
  },
  mineur_employe_par_ascendant: {
    label: 'si l’apprenti mineur est employé par un ascendant',
    holds: (facts) => facts.minorEmployedByParent,
  },
  structure_accueil_externe: {
    label: 'si la période se déroule dans une autre entreprise',
    holds: (facts) => facts.externalHost,
  },
};
