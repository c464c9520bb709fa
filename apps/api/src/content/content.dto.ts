import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CARD_TYPES, MAP_LAYERS, NERVE_IDS, ROOT_IDS, SIDE_IDS, SUBDECK_IDS, VIEW_IDS } from '@dermatome/data';

const SIDE_CHOICES = [...SIDE_IDS, 'both'] as const;

export class PointDto {
  @ApiProperty() x: number;
  @ApiProperty() y: number;
}

/**
 * The map of a question. Zones and territories are given by index into the view's lists, never by
 * root or nerve, so nothing names the answer.
 */
export class FaceMapDto {
  @ApiProperty({ enum: VIEW_IDS }) view: (typeof VIEW_IDS)[number];
  @ApiProperty({ enum: MAP_LAYERS, description: 'The layer to draw: dermatome zones, nerve territories or both' })
  layer: (typeof MAP_LAYERS)[number];
  @ApiProperty({ type: [Number], description: 'Indexes into mapViews[view].zones (from @dermatome/data) to shade' })
  shade: number[];
  @ApiProperty({ type: [Number], description: 'Indexes into mapViews[view].nerves (from @dermatome/data) to shade' })
  shadeNerves: number[];
  @ApiPropertyOptional({ type: PointDto, description: 'A point marked on the question side' })
  markPoint?: PointDto;
}

/** The labelled map shown with an answer. */
export class AnswerMapDto {
  @ApiProperty({ enum: VIEW_IDS }) view: (typeof VIEW_IDS)[number];
  @ApiProperty({ enum: MAP_LAYERS, description: 'The layer to draw: dermatome zones, nerve territories or both' })
  layer: (typeof MAP_LAYERS)[number];
  @ApiProperty({ enum: SIDE_CHOICES, description: 'The patient’s side(s) the shading is drawn on' })
  side: (typeof SIDE_CHOICES)[number];
  @ApiProperty({ enum: ROOT_IDS, isArray: true, description: 'Roots to shade and label' }) highlight: (typeof ROOT_IDS)[number][];
  @ApiProperty({ enum: NERVE_IDS, isArray: true, description: 'Nerves whose territory to shade and label' })
  highlightNerves: (typeof NERVE_IDS)[number][];
  @ApiProperty({ enum: ROOT_IDS, isArray: true, description: 'Roots whose ISNCSCI key point to mark' })
  keyPoints: (typeof ROOT_IDS)[number][];
  @ApiProperty({ description: 'One line saying what the map shows (on root-versus-nerve cards, the difference)' })
  caption: string;
}

export class ChoiceOptionDto {
  @ApiProperty() id: string;
  @ApiProperty() text: string;
}

/** What a learner may see of a card before answering: never its answer. */
export class CardFaceDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: CARD_TYPES }) type: (typeof CARD_TYPES)[number];
  @ApiProperty({ enum: SUBDECK_IDS }) deck: (typeof SUBDECK_IDS)[number];
  @ApiProperty() prompt: string;
  @ApiProperty({ type: FaceMapDto, nullable: true }) map: FaceMapDto | null;
  @ApiProperty({ enum: ['choice', 'click', 'flip', 'examination'] }) answerKind: 'choice' | 'click' | 'flip' | 'examination';
  @ApiProperty({ type: [ChoiceOptionDto], nullable: true }) options: ChoiceOptionDto[] | null;
  @ApiProperty({ enum: VIEW_IDS, nullable: true, description: 'The view to click on (click cards)' })
  clickView: (typeof VIEW_IDS)[number] | null;
}

export class DeckDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, nullable: true }) parentId: string | null;
  @ApiProperty({ description: 'Cards in the deck, its sub-decks included' }) cardCount: number;
  @ApiProperty({ type: [String], description: 'Ids of its sub-decks' }) subdeckIds: string[];
}

export class DeckCardsDto {
  @ApiProperty({ type: DeckDto }) deck: DeckDto;
  @ApiProperty({ type: [CardFaceDto] }) cards: CardFaceDto[];
}
