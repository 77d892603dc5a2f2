import { builder } from './builder.js';
import './systemStatus.js';

/** Only imports the type files and builds the schema. */
export const schema = builder.toSchema({ sortSchema: true });
