process.env.TEST_DB_MODE = 'postgres';
