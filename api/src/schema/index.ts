import { builder } from './builder.js';
import './auth.js';
import './analysisRun.js';
import './antennae.js';
import './area.js';
import './connectors.js';
import './contact.js';
import './coverage.js';
import './dashboard.js';
import './initiative.js';
import './link.js';
import './merge.js';
import './network.js';
import './organization.js';
import './person.js';
import './privacyRights.js';
import './publicPage.js';
import './scalars.js';
import './importExport.js';
import './search.js';
import './suggestion.js';
import './systemStatus.js';
import './theme.js';

/** Only imports the type files and builds the schema. */
export const schema = builder.toSchema({ sortSchema: true });
