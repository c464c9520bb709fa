import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A learner's exam date for exam-aware scheduling (core/exam-date.ts): the mode says where it comes
 * from ('auto' takes the nearest assignment target date or assigned exam opening, 'manual' the
 * learner's own date, 'off' none).
 */
export class ExamDate1765100000000 implements MigrationInterface {
  name = 'ExamDate1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE study_settings ADD COLUMN exam_date date`);
    await q.query(
      `ALTER TABLE study_settings ADD COLUMN exam_mode text NOT NULL DEFAULT 'auto' CHECK (exam_mode IN ('auto', 'manual', 'off'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE study_settings DROP COLUMN exam_mode`);
    await q.query(`ALTER TABLE study_settings DROP COLUMN exam_date`);
  }
}
