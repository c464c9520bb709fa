import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';

/** The background job queue (pg-boss), available to every feature module. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
