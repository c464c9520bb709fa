import type { Source, SourceKey } from './types.js';

/**
 * The references behind every fact and card (see shared/reference/dermatomes.md).
 * Labels are short enough to print under an explanation; citations are complete.
 */
export const sources: Record<SourceKey, Source> = {
  BASE_MAP: {
    key: 'BASE_MAP',
    label: 'Dermatome Trainer base map',
    citation:
      'Dermatome Trainer clinical reference, section 1: the teaching map of the lower-limb dermatomes ' +
      '(L1 groin to S4-5 perianal rings) drawn on anterior and posterior views with transition bands. ' +
      'It follows the classic textbook maps; compare Keegan & Garrett 1948, Foerster 1933 and Lee et al. 2008.',
  },
  ISNCSCI: {
    key: 'ISNCSCI',
    label: 'ISNCSCI (Rupp et al. 2021; Kirshblum et al. 2011)',
    citation:
      'Rupp R, Biering-Sørensen F, Burns SP, et al. International Standards for Neurological Classification ' +
      'of Spinal Cord Injury: Revised 2019. Top Spinal Cord Inj Rehabil. 2021;27(2):1-22. ' +
      'Kirshblum SC, Burns SP, Biering-Sorensen F, et al. International standards for neurological ' +
      'classification of spinal cord injury (revised 2011). J Spinal Cord Med. 2011;34(6):535-546.',
  },
  HARRISON: {
    key: 'HARRISON',
    label: "Harrison's Principles of Internal Medicine",
    citation:
      "Loscalzo J, Fauci A, Kasper D, Hauser S, Longo D, Jameson JL, eds. Harrison's Principles of Internal " +
      'Medicine. 21st ed. New York: McGraw Hill; 2022. Chapter "Back and Neck Pain": lumbosacral ' +
      'radiculopathy (root, reflex, sensory and motor findings).',
  },
  LEE_2008: {
    key: 'LEE_2008',
    label: 'Lee, McPhee & Stringer 2008',
    citation:
      'Lee MWL, McPhee RW, Stringer MD. An evidence-based approach to human dermatomes. ' + 'Clin Anat. 2008;21(5):363-373.',
  },
  KEEGAN_1948: {
    key: 'KEEGAN_1948',
    label: 'Keegan & Garrett 1948',
    citation:
      'Keegan JJ, Garrett FD. The segmental distribution of the cutaneous nerves in the limbs of man. ' +
      'Anat Rec. 1948;102(4):409-437.',
  },
  FOERSTER_1933: {
    key: 'FOERSTER_1933',
    label: 'Foerster 1933',
    citation: 'Foerster O. The dermatomes in man. Brain. 1933;56(1):1-39.',
  },
  MURPHY_2009: {
    key: 'MURPHY_2009',
    label: 'Murphy et al. 2009',
    citation:
      'Murphy DR, Hurwitz EL, Gerrard JK, Clary R. Pain patterns and descriptions in patients with radicular ' +
      'pain: does the pain necessarily follow a specific dermatome? Chiropr Osteopat. 2009;17:9.',
  },
  ALBERT_2019: {
    key: 'ALBERT_2019',
    label: 'Albert et al. 2019',
    citation:
      'Albert HB, Hansen JK, Søgaard H, Kent P. Where do patients with MRI-confirmed single-level ' +
      'radiculopathy experience pain, and what is the clinical interpretability of these pain patterns? ' +
      'A cross-sectional diagnostic accuracy study. Chiropr Man Therap. 2019;27:50.',
  },
  STATPEARLS_DISC: {
    key: 'STATPEARLS_DISC',
    label: 'StatPearls: Disc Herniation',
    citation:
      'Dydyk AM, Ngnitewe Massa R, Mesfin FB. Disc Herniation. In: StatPearls. Treasure Island (FL): ' +
      'StatPearls Publishing; updated regularly.',
  },
  GIRFT_CES: {
    key: 'GIRFT_CES',
    label: 'GIRFT national suspected cauda equina pathway',
    citation:
      'Getting It Right First Time (GIRFT), NHS England. National Suspected Cauda Equina Syndrome (CES) ' + 'Pathway. 2023.',
  },
  BMJ_BP_CES: {
    key: 'BMJ_BP_CES',
    label: 'BMJ Best Practice: cauda equina syndrome',
    citation: 'BMJ Best Practice. Cauda equina syndrome. London: BMJ Publishing Group; topic updated regularly.',
  },
  AJEM_CES: {
    key: 'AJEM_CES',
    label: 'Long, Koyfman & Gottlieb 2020 (AJEM)',
    citation:
      'Long B, Koyfman A, Gottlieb M. Evaluation and management of cauda equina syndrome in the emergency ' +
      'department. Am J Emerg Med. 2020;38(1):143-148.',
  },
  NERVE_ANATOMY: {
    key: 'NERVE_ANATOMY',
    label: 'Peripheral nerves of the leg (reference, section 6)',
    citation:
      'Dermatome Trainer clinical reference, section 6: the peripheral nerves of the lower limb that mimic ' +
      'root lesions (roots, skin territory, motor and reflex signature, distinguishing features), compiled ' +
      'from standard anatomy and clinical neurology texts.',
  },
  NERVE_TERRITORIES: {
    key: 'NERVE_TERRITORIES',
    label: "Cutaneous nerve territories (Gray's Anatomy; MRC Aids; Netter)",
    citation:
      "Standring S, ed. Gray's Anatomy: The Anatomical Basis of Clinical Practice. 42nd ed. Elsevier; 2020 " +
      '(lower limb: cutaneous nerves and their branches). Medical Research Council. Aids to the Examination of ' +
      'the Peripheral Nervous System. Memorandum No. 45. London: HMSO; 1976, with later editions by the ' +
      'Guarantors of Brain (territory charts and muscle tests). Netter FH. Atlas of Human Anatomy: cutaneous ' +
      'nerves of the lower limb. Elsevier. As summarised in the Dermatome Trainer clinical reference, section 6b.',
  },
  EXAM_TECHNIQUE: {
    key: 'EXAM_TECHNIQUE',
    label: 'Sensory examination (reference, section 8; ISNCSCI)',
    citation:
      'Dermatome Trainer clinical reference, section 8: examining the dermatomes with light touch and ' +
      'pinprick, comparing sides, scored 0/1/2/NT as in the ISNCSCI sensory examination (Rupp et al. 2021).',
  },
};

export function sourceFor(key: SourceKey): Source {
  return sources[key];
}
