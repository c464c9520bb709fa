import type { LabelSpot } from './types.js';
import type { ContestedId, NerveId, RootId, SideId, ViewId, ZoneRootId } from '../types.js';

/** One view as renderMapSvg draws it: path strings and label spots, no hit-test polygons. */
export interface DrawView {
  id: ViewId;
  name: string;
  viewBox: string;
  width: number;
  height: number;
  outline: { path: string };
  sides: { side: SideId; label: { x: number; y: number } }[];
  skinPath: string;
  cutPath: string;
  zones: { root: ZoneRootId; side: SideId; path: string; labels: number[][] }[];
  bands: { roots: ZoneRootId[]; side: SideId; path: string }[];
  contested: { id: ContestedId; roots: RootId[]; side: SideId; path: string }[];
  nerves: { nerve: NerveId; side: SideId; path: string; edgePath: string; labels: number[][] }[];
  details: { kind: string; side: SideId | null; faint: boolean; path: string }[];
  keyPoints: { root: ZoneRootId; side: SideId; x: number; y: number }[];
}

export interface DrawingData {
  views: Record<ViewId, DrawView>;
  /** Each nerve, its name and the nerve it is a branch of (the facts' parent link), in the facts' order. */
  nerves: { id: NerveId; parent: NerveId | null; name: string }[];
}

/** A drawn view with its label spots unpacked (what render.ts works on). */
export interface DrawnView extends Omit<DrawView, 'zones' | 'nerves'> {
  zones: (Omit<DrawView['zones'][number], 'labels'> & { labels: LabelSpot[] })[];
  nerves: (Omit<DrawView['nerves'][number], 'labels'> & { labels: LabelSpot[] })[];
}
