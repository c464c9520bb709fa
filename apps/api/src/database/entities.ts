/** Every TypeORM entity of the API, registered once. */
export const entities: Function[] = [];
