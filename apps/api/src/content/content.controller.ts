import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Deck } from '@dermatome/data';
import { CardCatalog } from './card-catalog.service';
import { CardFaceDto, DeckCardsDto, DeckDto } from './content.dto';

@ApiTags('content')
@Controller()
export class ContentController {
  constructor(private readonly catalog: CardCatalog) {}

  /** The built-in deck and its sub-decks. */
  @Get('decks')
  @ApiOkResponse({ type: [DeckDto] })
  listDecks(): DeckDto[] {
    return this.catalog.decks.map((d) => this.deckDto(d));
  }

  @Get('decks/:deckId')
  @ApiOkResponse({ type: DeckDto })
  getDeck(@Param('deckId') deckId: string): DeckDto {
    return this.deckDto(this.catalog.requireDeck(deckId));
  }

  /** A deck's cards, as faces (no answers: those come with a review). */
  @Get('decks/:deckId/cards')
  @ApiOkResponse({ type: DeckCardsDto })
  deckCards(@Param('deckId') deckId: string): DeckCardsDto {
    const deck = this.catalog.requireDeck(deckId);
    const cards = this.catalog.cardIdsOf(deck.id).map((id) => this.catalog.face(this.catalog.requireCard(id)));
    return { deck: this.deckDto(deck), cards };
  }

  @Get('cards/:cardId')
  @ApiOkResponse({ type: CardFaceDto })
  getCard(@Param('cardId') cardId: string): CardFaceDto {
    return this.catalog.face(this.catalog.requireCard(cardId));
  }

  private deckDto(deck: Deck): DeckDto {
    return deckDto(this.catalog, deck);
  }
}

export function deckDto(catalog: CardCatalog, deck: Deck): DeckDto {
  return {
    id: deck.id,
    title: deck.title,
    description: deck.description,
    parentId: deck.parentId,
    cardCount: catalog.cardIdsOf(deck.id).length,
    subdeckIds: catalog.decks.filter((d) => d.parentId === deck.id).map((d) => d.id),
  };
}
