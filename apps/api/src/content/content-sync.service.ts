import { Injectable, Logger } from '@nestjs/common';
import { queryRows } from '../common/sql';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CardCatalog } from './card-catalog.service';

export interface SyncSummary {
  decks: number;
  cards: number;
  added: number;
  updated: number;
  retired: number;
}

/**
 * Brings the database's copy of the built-in decks and cards in line with @dermatome/data, by
 * stable id: new cards are added, changed wording is updated, cards gone from the bank are
 * retired (never deleted, so nobody's history is lost). Idempotent; safe with several instances.
 */
@Injectable()
export class ContentSyncService {
  private readonly logger = new Logger(ContentSyncService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly catalog: CardCatalog,
  ) {}

  async syncAndLog(): Promise<void> {
    const s = await this.sync();
    this.logger.log(
      `Content synced: ${s.cards} cards in ${s.decks} decks (${s.added} added, ${s.updated} updated, ${s.retired} retired)`,
    );
  }

  async sync(): Promise<SyncSummary> {
    const decks = this.catalog.decks.map((d, position) => ({
      id: d.id,
      parent_id: d.parentId,
      title: d.title,
      description: d.description,
      position,
    }));
    const cards = this.catalog.cards.map((c, position) => ({
      id: c.id,
      deck_id: c.deck,
      type: c.type,
      roots: c.roots,
      content: c,
      content_hash: createHash('sha256').update(JSON.stringify(c)).digest('hex'),
      position,
    }));
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('content-sync'))`);
      // Parents first, so the foreign key holds.
      for (const deck of [...decks].sort((a, b) => Number(a.parent_id !== null) - Number(b.parent_id !== null))) {
        await m.query(
          `INSERT INTO decks (id, parent_id, title, description, position, built_in, retired_at)
           VALUES ($1, $2, $3, $4, $5, true, NULL)
           ON CONFLICT (id) DO UPDATE SET parent_id = EXCLUDED.parent_id, title = EXCLUDED.title,
             description = EXCLUDED.description, position = EXCLUDED.position, retired_at = NULL`,
          [deck.id, deck.parent_id, deck.title, deck.description, deck.position],
        );
      }
      await m.query(
        `UPDATE decks SET retired_at = now() WHERE built_in AND retired_at IS NULL AND NOT (id = ANY($1::text[])) RETURNING id`,
        [decks.map((d) => d.id)],
      );
      const upserted: { inserted: boolean }[] = await m.query(
        `INSERT INTO cards (id, deck_id, type, roots, content, content_hash, position)
         SELECT x.id, x.deck_id, x.type, x.roots, x.content, x.content_hash, x.position
           FROM jsonb_to_recordset($1::jsonb) AS x(id text, deck_id text, type text, roots text[], content jsonb, content_hash text, position int)
         ON CONFLICT (id) DO UPDATE SET deck_id = EXCLUDED.deck_id, type = EXCLUDED.type, roots = EXCLUDED.roots,
           content = EXCLUDED.content, content_hash = EXCLUDED.content_hash, position = EXCLUDED.position,
           updated_at = now(), retired_at = NULL
         WHERE cards.content_hash <> EXCLUDED.content_hash OR cards.retired_at IS NOT NULL OR cards.position <> EXCLUDED.position
         RETURNING (xmax = 0) AS inserted`,
        [JSON.stringify(cards)],
      );
      const retired = await queryRows(
        m,
        `UPDATE cards SET retired_at = now() WHERE retired_at IS NULL AND NOT (id = ANY($1::text[])) RETURNING id`,
        [cards.map((c) => c.id)],
      );
      return {
        decks: decks.length,
        cards: cards.length,
        added: upserted.filter((r) => r.inserted).length,
        updated: upserted.filter((r) => !r.inserted).length,
        retired: retired.length,
      };
    });
  }
}
