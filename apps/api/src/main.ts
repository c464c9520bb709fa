import 'reflect-metadata';
import { createApp } from './app.factory';
import { ConfigurationError, loadConfig } from './config/configuration';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.API_PORT, config.API_HOST);
  console.log(`API listening on http://${config.API_HOST}:${config.API_PORT}/api (database: ${config.databaseMode})`);
}

bootstrap().catch((error: unknown) => {
  console.error('API failed to start:', error);
  process.exit(1);
});
