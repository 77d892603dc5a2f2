import type { Plugin } from 'graphql-yoga';
import type { AuthServices } from '../auth/authServices.js';
import { clientAddressOf } from '../auth/clientAddress.js';
import { type DomainError, isDomainError, ValidationError } from '../domain/errors.js';
import {
  type ExportFormat,
  exportFiles,
  exportFormats,
  exportScopeOf,
  readNetworkExport,
} from '../services/exportService.js';
import { type AppServices, createRequestContext } from './context.js';
import { requestIdOf } from './requestLog.js';

export const exportPath = '/export';

const statusOf: Record<DomainError['code'], number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/**
 * `GET /export?format=gexf|graphml|json|csv[&part=nodes|edges]`: the network the signed-in viewer
 * may export (exportScopeOf), as a download. CSV comes as two downloads, `part=nodes` (the
 * default) and `part=edges`. Each download is audited. Failures answer with the domain error's
 * HTTP status and a GraphQL-shaped JSON body `{ errors: [{ message, extensions: { code } }] }`.
 * A GET only reads, so the cookie's SameSite=Lax is enough against cross-site use.
 */
export function useExportHttp(services: AppServices & { auth: AuthServices }): Plugin {
  return {
    async onRequest({ request, url, endResponse, serverContext, fetchAPI }) {
      if (url.pathname !== exportPath || request.method !== 'GET') return;
      try {
        const format = url.searchParams.get('format') ?? '';
        if (!exportFormats.includes(format as ExportFormat))
          throw new ValidationError('format', `format must be one of ${exportFormats.join(', ')}.`);
        const part = url.searchParams.get('part') ?? 'nodes';
        if (format === 'csv' && part !== 'nodes' && part !== 'edges')
          throw new ValidationError('part', 'part must be nodes or edges.');
        const ctx = await createRequestContext(
          services,
          request,
          requestIdOf(request),
          clientAddressOf(
            request,
            serverContext as Record<string, unknown>,
            services.auth.config.trustProxy,
          ),
        );
        const scope = exportScopeOf(ctx.viewer);
        const data = await readNetworkExport(ctx, format as ExportFormat, scope);
        const files = exportFiles(data, format as ExportFormat);
        const file = files.find((f) => f.name === `${part}.csv`) ?? files[0];
        if (!file) throw new Error('no export file');
        const stamp = new Date().toISOString().slice(0, 10);
        endResponse(
          new fetchAPI.Response(file.content, {
            status: 200,
            headers: {
              'content-type': `${file.contentType}; charset=utf-8`,
              'content-disposition': `attachment; filename="antenne-${stamp}-${file.name.replace(/^antenne\./, 'netwerk.')}"`,
              'cache-control': 'no-store',
              'x-export-nodes': String(data.nodes.length),
              'x-export-edges': String(data.edges.length),
            },
          }),
        );
      } catch (error) {
        if (!isDomainError(error)) {
          services.log.error({ err: error }, 'export failed');
        }
        const code = isDomainError(error) ? error.code : 'INTERNAL_SERVER_ERROR';
        const message = isDomainError(error) ? error.message : 'Unexpected error.';
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message,
                  extensions: {
                    code,
                    ...(error instanceof ValidationError ? { field: error.field } : {}),
                  },
                },
              ],
            }),
            {
              status: isDomainError(error) ? statusOf[error.code] : 500,
              headers: { 'content-type': 'application/json' },
            },
          ),
        );
      }
    },
  };
}
