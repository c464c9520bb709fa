import type { CardDraft, RootId } from '../../types.js';
import {
  DISC_LEVELS,
  ROOT_ORDER,
  exitingRoot,
  rootCompressedBy,
  rootIndex,
  traversingRoot,
  type DiscLevel,
  type HerniationKind,
} from '../../facts/index.js';
import { choiceAnswer, plainOptions } from './options.js';

function neighbourOf(root: RootId, step: number): RootId {
  const neighbour = ROOT_ORDER[rootIndex(root) + step];
  if (!neighbour) throw new Error(`${root} has no neighbour ${step} levels away`);
  return neighbour;
}

const KIND_TEXT: Record<HerniationKind, string> = {
  posterolateral: 'posterolateral (paracentral)',
  'far-lateral': 'far-lateral (foraminal)',
};

function requireRoot(root: RootId | null, what: string): RootId {
  if (!root) throw new Error(`no root for ${what}`);
  return root;
}

/** Both roots involved at a level: the one exiting in its foramen and the one crossing it. */
function rootsAt(level: DiscLevel): { exiting: RootId; traversing: RootId } {
  return {
    exiting: requireRoot(exitingRoot(level), `exiting root at ${level}`),
    traversing: requireRoot(traversingRoot(level), `traversing root at ${level}`),
  };
}

function whyText(level: DiscLevel, kind: HerniationKind): string {
  const { exiting, traversing } = rootsAt(level);
  return kind === 'posterolateral'
    ? `A posterolateral disc bulges into the canal just medial to the foramen, where the TRAVERSING root lies: ` +
        `at ${level} that is ${traversing}, which crosses the disc to exit one level lower. ${exiting} has already ` +
        `left through the ${level} foramen above the disc and is spared.`
    : `A far-lateral disc herniates into or beyond the foramen, where the EXITING root of that level lies: at ` +
        `${level} that is ${exiting}. The traversing root (${traversing}) runs medially in the canal and is spared.`;
}

/**
 * Four neighbouring roots that include both the exiting and the traversing root of the level (at L1-2,
 * with no lumbar root above L1, the two below the traversing root).
 */
function rootOptionsAt(level: DiscLevel): RootId[] {
  const { exiting, traversing } = rootsAt(level);
  return rootIndex(exiting) === 0
    ? [exiting, traversing, neighbourOf(traversing, +1), neighbourOf(traversing, +2)]
    : [neighbourOf(exiting, -1), exiting, traversing, neighbourOf(traversing, +1)];
}

function discToRootCard(level: DiscLevel, kind: HerniationKind): CardDraft {
  const id = `disc:${kind}:${level}`;
  const root = requireRoot(rootCompressedBy(level, kind), id);
  return {
    id,
    type: 'disc-level',
    deck: 'disc-levels',
    roots: [root],
    prompt: `MRI shows a ${KIND_TEXT[kind]} disc herniation at ${level}. Which root does it compress?`,
    map: null,
    answer: choiceAnswer(id, plainOptions(rootOptionsAt(level)), root),
    explanation: whyText(level, kind),
    source: 'STATPEARLS_DISC',
    difficulty: kind === 'posterolateral' ? 0.45 : 0.65,
    answerText: root,
  };
}

function rootToDiscCard(root: RootId, kind: HerniationKind): CardDraft {
  const id = `disc-level:${kind}:${root}`;
  const level = DISC_LEVELS.find((l) => rootCompressedBy(l, kind) === root);
  if (!level) throw new Error(`no ${kind} level compresses ${root}`);
  return {
    id,
    type: 'disc-level',
    deck: 'disc-levels',
    roots: [root],
    prompt: `The findings fit ${root} and MRI shows one ${KIND_TEXT[kind]} herniation. At which level is it?`,
    map: null,
    answer: choiceAnswer(id, plainOptions(DISC_LEVELS), level),
    explanation: whyText(level, kind),
    source: 'STATPEARLS_DISC',
    difficulty: 0.6,
    answerText: level,
  };
}

function anatomyFlip(level: DiscLevel, role: 'traverses' | 'exits'): CardDraft {
  const { exiting, traversing } = rootsAt(level);
  const root = role === 'exits' ? exiting : traversing;
  const back =
    role === 'exits'
      ? `${exiting}: it leaves through the ${level} foramen, under its own pedicle, so a far-lateral disc here catches it.`
      : `${traversing}: it crosses the ${level} disc inside the canal to exit one level lower, so a posterolateral disc here catches it.`;
  return {
    id: `disc:${role}:${level}`,
    type: 'disc-level',
    deck: 'disc-levels',
    roots: [root],
    prompt: `Which root ${role === 'exits' ? 'exits (through the foramen)' : 'traverses (crosses)'} at the ${level} disc level?`,
    map: null,
    answer: { kind: 'flip', back },
    explanation: whyText(level, role === 'exits' ? 'far-lateral' : 'posterolateral'),
    source: 'STATPEARLS_DISC',
    difficulty: 0.4,
    answerText: root,
  };
}

function ruleAndFrequencyFlips(): CardDraft[] {
  return [
    {
      id: 'disc:rule:posterolateral',
      type: 'disc-level',
      deck: 'disc-levels',
      roots: ['L4', 'L5', 'S1'],
      prompt: 'A lumbar disc herniates posterolaterally (paracentral). Which root does it catch, in general?',
      map: null,
      answer: {
        kind: 'flip',
        back: 'The traversing root, the one that exits one level lower: L3-4 catches L4, L4-5 catches L5, L5-S1 catches S1.',
      },
      explanation: whyText('L4-5', 'posterolateral'),
      source: 'STATPEARLS_DISC',
      difficulty: 0.35,
      answerText: 'The traversing root (the one exiting one level lower)',
    },
    {
      id: 'disc:rule:far-lateral',
      type: 'disc-level',
      deck: 'disc-levels',
      roots: ['L3', 'L4'],
      prompt:
        'A lumbar disc herniates far laterally (into or beyond the foramen). Which root does it catch, and how often does this happen?',
      map: null,
      answer: {
        kind: 'flip',
        back:
          'The exiting root of that same level (L3-4 catches L3, L4-5 catches L4). Far-lateral discs are about 5-12% ' +
          'of lumbar herniations, mostly at L3-4 and L4-5.',
      },
      explanation: whyText('L4-5', 'far-lateral'),
      source: 'STATPEARLS_DISC',
      difficulty: 0.5,
      answerText: 'The exiting root of the same level',
    },
    {
      id: 'disc:fact:lower-two-levels',
      type: 'disc-level',
      deck: 'disc-levels',
      roots: ['L5', 'S1'],
      prompt: 'Roughly what share of lumbar disc herniations lie at L4-5 or L5-S1 taken together?',
      map: null,
      answer: {
        kind: 'flip',
        back: 'About 95%. Which of the two levels is the commoner one is disputed between sources.',
      },
      explanation:
        'Almost all lumbar herniations sit at the two lowest levels, so the roots compressed most often are L5 ' +
        '(posterolateral L4-5) and S1 (posterolateral L5-S1). Sources disagree on which of the two levels leads.',
      source: 'STATPEARLS_DISC',
      difficulty: 0.3,
      answerText: 'About 95%',
    },
  ];
}

export function discLevelCards(): CardDraft[] {
  const kinds: HerniationKind[] = ['posterolateral', 'far-lateral'];
  return [
    ...kinds.flatMap((kind) => DISC_LEVELS.map((level) => discToRootCard(level, kind))),
    ...(['L2', 'L3', 'L4', 'L5', 'S1'] as const).map((root) => rootToDiscCard(root, 'posterolateral')),
    ...(['L1', 'L2', 'L3', 'L4', 'L5'] as const).map((root) => rootToDiscCard(root, 'far-lateral')),
    ...(['L2-3', 'L3-4', 'L4-5', 'L5-S1'] as const).flatMap((level) => [
      anatomyFlip(level, 'traverses'),
      anatomyFlip(level, 'exits'),
    ]),
    ...ruleAndFrequencyFlips(),
  ];
}
