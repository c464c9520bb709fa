import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CARD_TYPES, ROOT_IDS, SUBDECK_IDS, VIEW_IDS } from '@dermatome/data';

export class PointDto {
  @ApiProperty() x: number;
  @ApiProperty() y: number;
}

/** The map of a question. Zones are given by index into the view's zones, never by root, so nothing names the answer. */
export class FaceMapDto {
  @ApiProperty({ enum: VIEW_IDS }) view: (typeof VIEW_IDS)[number];
  @ApiProperty({ type: [Number], description: 'Indexes into mapViews[view].zones (from @dermatome/data) to shade' })
  shade: number[];
  @ApiPropertyOptional({ type: PointDto, description: 'A point marked on the question side' })
  markPoint?: PointDto;
}

/** The labelled map shown with an answer. */
export class AnswerMapDto {
  @ApiProperty({ enum: VIEW_IDS }) view: (typeof VIEW_IDS)[number];
  @ApiProperty({ enum: ROOT_IDS, isArray: true, description: 'Roots to shade and label' }) highlight: (typeof ROOT_IDS)[number][];
  @ApiProperty({ enum: ROOT_IDS, isArray: true, description: 'Roots whose ISNCSCI key point to mark' })
  keyPoints: (typeof ROOT_IDS)[number][];
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
  @ApiProperty({ enum: ['choice', 'click', 'flip'] }) answerKind: 'choice' | 'click' | 'flip';
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
