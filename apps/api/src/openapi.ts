import type { INestApplication } from '@nestjs/common';
import { applyValidatorLimits } from './common/openapi-limits';
import { ApiProperty, DocumentBuilder, getSchemaPath, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export const SESSION_COOKIE = 'dt_session';

/** One problem with one field of a request. */
export class FieldProblemDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'newPerDay',
    description: 'Dotted path of the field (`accommodations.0.userId`); null for the request as a whole',
  })
  field: string | null;
  @ApiProperty({ example: 'newPerDay must be between 0 and 9999' }) message: string;
}

/** The body of every error response. */
export class ErrorDto {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({ example: 'rating must be one of 1, 2, 3, 4' }) message: string;
  @ApiProperty({
    required: false,
    type: [FieldProblemDto],
    description: 'Every problem with the request, each with its field; always present on 400',
  })
  details?: FieldProblemDto[];
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Dermatome Trainer API')
    .setDescription(
      'Spaced-repetition and exam trainer for the dermatomes of the leg. Every error is JSON { statusCode, error, message }.',
    )
    .setVersion('1')
    .addCookieAuth(SESSION_COOKIE)
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ErrorDto, FieldProblemDto],
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  applyValidatorLimits(document);
  addDefaultErrorResponses(document);
  return document;
}

/** Every operation can fail with the uniform error body; say so once, here. */
function addDefaultErrorResponses(document: OpenAPIObject): void {
  const errorResponse = {
    description: 'Error: { statusCode, error, message }',
    content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorDto) } } },
  };
  for (const pathItem of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = pathItem[method];
      if (operation) operation.responses = { ...operation.responses, default: errorResponse };
    }
  }
}

/** Serves the document at /api/openapi.json and the docs UI at /api/docs. */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    useGlobalPrefix: false,
  });
}
