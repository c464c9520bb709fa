import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthUser } from '../auth/auth.decorators';
import { CardActionsService } from './card-actions.service';
import { LearnerDecksService } from './learner-decks.service';
import { QueueService } from './queue.service';
import { ReviewService } from './review.service';
import { StudySettingsService } from './study-settings.service';
import {
  AddDeckDto,
  CardStateDto,
  LearnerDeckDto,
  QueueDto,
  QueueQueryDto,
  RevealDto,
  RevealResultDto,
  ReviewEntryDto,
  ReviewListQueryDto,
  SuspendedCardDto,
  ReviewBatchResultDto,
  ReviewResultDto,
  StudySettingsDto,
  SubmitReviewBatchDto,
  SubmitReviewDto,
  UndoResultDto,
  UpdateStudySettingsDto,
} from './study.dto';

@ApiTags('study')
@Controller('study')
export class StudyController {
  constructor(
    private readonly settings: StudySettingsService,
    private readonly queues: QueueService,
    private readonly reviews: ReviewService,
    private readonly cardActions: CardActionsService,
    private readonly learnerDecks: LearnerDecksService,
  ) {}

  @Get('settings')
  @ApiOkResponse({ type: StudySettingsDto })
  getSettings(@Auth() user: AuthUser): Promise<StudySettingsDto> {
    return this.settings.get(user.id);
  }

  /** Changes the given settings; the others keep their value. */
  @Put('settings')
  @ApiOkResponse({ type: StudySettingsDto })
  updateSettings(@Auth() user: AuthUser, @Body() body: UpdateStudySettingsDto): Promise<StudySettingsDto> {
    return this.settings.update(user.id, body);
  }

  /** Today's cards: learning due now, reviews due today and new cards, interleaved, with counts and rating previews. */
  @Get('queue')
  @ApiOkResponse({ type: QueueDto })
  queue(@Auth() user: AuthUser, @Query() query: QueueQueryDto): Promise<QueueDto> {
    return this.queues.queue(user.id, query);
  }

  /** The answer side of a card, with the learner's answer graded if given. Changes nothing. */
  @Post('cards/:cardId/reveal')
  @HttpCode(200)
  @ApiOkResponse({ type: RevealResultDto })
  reveal(@Auth() user: AuthUser, @Param('cardId') cardId: string, @Body() body: RevealDto): Promise<RevealResultDto> {
    return this.reviews.reveal(user, cardId, body);
  }

  /** Records a rating. Idempotent by reviewId; a stale version gets 409. */
  @Post('reviews')
  @ApiCreatedResponse({ type: ReviewResultDto })
  submitReview(@Auth() user: AuthUser, @Body() body: SubmitReviewDto): Promise<ReviewResultDto> {
    return this.reviews.submit(user, body);
  }

  /**
   * Records up to 100 reviews in order (the web's outbox sends its queue this way), each on its
   * own: one result per review, applied, replayed or refused with the status a single submission gets.
   */
  @Post('reviews/batch')
  @HttpCode(200)
  @ApiOkResponse({ type: ReviewBatchResultDto })
  submitReviews(@Auth() user: AuthUser, @Body() body: SubmitReviewBatchDto): Promise<ReviewBatchResultDto> {
    return this.reviews.submitBatch(user, body);
  }

  /** Your reviews between two study dates (default: today), oldest first, undone ones marked. */
  @Get('reviews')
  @ApiOkResponse({ type: [ReviewEntryDto] })
  listReviews(@Auth() user: AuthUser, @Query() query: ReviewListQueryDto): Promise<ReviewEntryDto[]> {
    return this.reviews.list(user, query);
  }

  /** Undoes your latest review of today. */
  @Post('undo')
  @HttpCode(200)
  @ApiOkResponse({ type: UndoResultDto })
  undo(@Auth() user: AuthUser): Promise<UndoResultDto> {
    return this.reviews.undo(user);
  }

  /** Your suspended cards (by hand or as leeches): unsuspend one to bring it back into your reviews. */
  @Get('cards/suspended')
  @ApiOkResponse({ type: [SuspendedCardDto] })
  suspendedCards(@Auth() user: AuthUser): Promise<SuspendedCardDto[]> {
    return this.cardActions.suspended(user);
  }

  @Get('cards/:cardId/state')
  @ApiOkResponse({ type: CardStateDto })
  cardState(@Auth() user: AuthUser, @Param('cardId') cardId: string): Promise<CardStateDto> {
    return this.cardActions.state(user, cardId);
  }

  @Post('cards/:cardId/suspend')
  @HttpCode(200)
  @ApiOkResponse({ type: CardStateDto })
  suspend(@Auth() user: AuthUser, @Param('cardId') cardId: string): Promise<CardStateDto> {
    return this.cardActions.suspend(user, cardId);
  }

  @Post('cards/:cardId/unsuspend')
  @HttpCode(200)
  @ApiOkResponse({ type: CardStateDto })
  unsuspend(@Auth() user: AuthUser, @Param('cardId') cardId: string): Promise<CardStateDto> {
    return this.cardActions.unsuspend(user, cardId);
  }

  /** Hides the card until your next study day. */
  @Post('cards/:cardId/bury')
  @HttpCode(200)
  @ApiOkResponse({ type: CardStateDto })
  bury(@Auth() user: AuthUser, @Param('cardId') cardId: string): Promise<CardStateDto> {
    return this.cardActions.bury(user, cardId);
  }

  /** Brings a buried card back today. */
  @Post('cards/:cardId/unbury')
  @HttpCode(200)
  @ApiOkResponse({ type: CardStateDto })
  unbury(@Auth() user: AuthUser, @Param('cardId') cardId: string): Promise<CardStateDto> {
    return this.cardActions.unbury(user, cardId);
  }

  /** Your decks, with what is due in each today. */
  @Get('decks')
  @ApiOkResponse({ type: [LearnerDeckDto] })
  decks(@Auth() user: AuthUser): Promise<LearnerDeckDto[]> {
    return this.learnerDecks.list(user.id);
  }

  @Post('decks')
  @HttpCode(204)
  @ApiNoContentResponse()
  addDeck(@Auth() user: AuthUser, @Body() body: AddDeckDto): Promise<void> {
    return this.learnerDecks.add(user.id, body.deckId);
  }

  @Delete('decks/:deckId')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeDeck(@Auth() user: AuthUser, @Param('deckId') deckId: string): Promise<void> {
    return this.learnerDecks.remove(user.id, deckId);
  }
}
