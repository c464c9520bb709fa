import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppOptions } from './app.module';
import { AllExceptionsFilter, errorBody, isBodyParserError } from './common/all-exceptions.filter';
import { jsonBody, textGuard } from './common/input-guard';
import { sameOriginOnly } from './common/same-origin.middleware';
import { securityHeaders } from './common/security-headers';
import { validationException } from './common/validators';
import type { AppConfig } from './config/configuration';
import { setupOpenApi } from './openapi';

/** Builds the fully configured application (used by main, the OpenAPI writer and the tests). */
export async function createApp(config: AppConfig, options: AppOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, options), {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.set(
    'trust proxy',
    config.TRUST_PROXY.split(',').map((s) => s.trim()),
  );
  app.disable('x-powered-by');
  app.setGlobalPrefix('api');
  app.use(securityHeaders(config.FRAME_ANCESTORS));
  app.use(sameOriginOnly);
  app.use(cookieParser());
  app.use(jsonBody());
  // Body-parser errors happen before routing, where Nest's filters cannot see them.
  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) =>
    isBodyParserError(err) ? res.status(err.status).json(errorBody(err)) : next(err),
  );
  app.use(textGuard);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      exceptionFactory: validationException,
    }),
  );
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  setupOpenApi(app);
  return app;
}
