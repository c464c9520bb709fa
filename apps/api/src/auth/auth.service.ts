import { ConflictException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';
import { isUniqueViolation } from '../common/pg-errors';
import { CohortsService } from '../cohorts/cohorts.service';
import { CardCatalog } from '../content/card-catalog.service';
import { LearnerDecksRepository } from '../learning/learner-decks.repository';
import { StudySettingsRepository } from '../learning/study-settings.repository';
import type { AuthUser } from './auth.decorators';
import type { LoginDto, RegisterDto, UserDto } from './auth.dto';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password';
import { newSessionToken, SessionsRepository } from './sessions.repository';
import { UsersRepository, type UserRecord } from './users.repository';

export interface RequestMeta {
  ip?: string;
  userAgent?: string;
}

/** A session's expiry moves forward at most this often, to keep reads cheap. */
const SESSION_TOUCH_INTERVAL_MS = 60 * 60 * 1000;

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly settings: StudySettingsRepository,
    private readonly learnerDecks: LearnerDecksRepository,
    private readonly catalog: CardCatalog,
    private readonly cohorts: CohortsService,
  ) {}

  get sessionTtlMs(): number {
    return this.config.SESSION_TTL_DAYS * 24 * 60 * 60 * 1000;
  }

  /** Creates the account with the built-in deck and default settings (and cohort, with a join code), and signs it in. */
  async register(dto: RegisterDto, meta: RequestMeta): Promise<{ user: UserDto; token: string }> {
    const passwordHash = await hashPassword(dto.password);
    const token = newSessionToken();
    try {
      const user = await this.dataSource.transaction(async (m) => {
        if (await this.users.findByEmail(m, dto.email))
          throw new ConflictException('An account with this e-mail address already exists');
        const created = await this.users.create(m, {
          email: dto.email,
          displayName: dto.displayName,
          role: dto.role ?? 'student',
          passwordHash,
        });
        await this.settings.save(m, created.id, dto.timeZone ? { timeZone: dto.timeZone } : {});
        await this.learnerDecks.add(m, created.id, this.catalog.builtInDeckId);
        if (dto.joinCode) await this.cohorts.joinWith(m, created, dto.joinCode);
        await this.sessions.create(m, { token, userId: created.id, expiresAt: this.expiry(), ...meta });
        return created;
      });
      return { user: toUserDto(user), token };
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException('An account with this e-mail address already exists');
      throw error;
    }
  }

  async login(dto: LoginDto, meta: RequestMeta): Promise<{ user: UserDto; token: string }> {
    const user = await this.users.findByEmail(this.dataSource.manager, dto.email);
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), dto.password);
    if (!user || !valid) throw new UnauthorizedException('E-mail address or password is incorrect');
    const token = newSessionToken();
    // Expired sessions are deleted by the hourly purge job, not here.
    await this.dataSource.transaction((m) =>
      this.sessions.create(m, { token, userId: user.id, expiresAt: this.expiry(), ...meta }),
    );
    return { user: toUserDto(user), token };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.dataSource.transaction((m) => this.sessions.delete(m, token));
  }

  /** The user behind a session cookie, or null; extends the session while it is in use. */
  async userForSession(token: string): Promise<AuthUser | null> {
    const now = this.clock.now();
    const session = await this.sessions.findActive(this.dataSource.manager, token, now);
    if (!session) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
      await this.dataSource.transaction((m) => this.sessions.touch(m, session.sessionId, now, this.expiry()));
    }
    return {
      id: session.userId,
      email: session.email,
      displayName: session.displayName,
      role: session.role,
      instructorVerified: session.instructorVerified,
      sessionId: session.sessionId,
    };
  }

  private expiry(): Date {
    return new Date(this.clock.now().getTime() + this.sessionTtlMs);
  }
}

export function toUserDto(u: Pick<UserRecord, 'id' | 'email' | 'displayName' | 'role' | 'instructorVerified'>): UserDto {
  return { id: u.id, email: u.email, displayName: u.displayName, role: u.role, instructorVerified: u.instructorVerified };
}
