import {
  parseAuditChainStatusData,
  parseAuditTrailData,
  parseErasureData,
  parseObjectionData,
  parseSubjectAccessData,
} from '../models/privacy';
import { graphql } from './graphql';
import { defineOperation } from './graphqlClient';

/** The privacy officer's operations (docs/privacy.md §5 and §9); PRIVACY_OFFICER only. */
export const subjectAccessQuery = defineOperation(
  graphql(`
    query SubjectAccess($personId: ID!) {
      subjectAccess(personId: $personId) { personId generatedAt json html }
    }
  `),
  parseSubjectAccessData,
);

export const recordObjectionMutation = defineOperation(
  graphql(`
    mutation RecordObjection($personId: ID!) {
      recordObjection(personId: $personId) { personId objectedAt scoresCleared suggestionsRemoved }
    }
  `),
  parseObjectionData,
);

export const erasePersonMutation = defineOperation(
  graphql(`
    mutation ErasePerson($personId: ID!) {
      erasePerson(personId: $personId) {
        personId
        ledgerHash
        linksRemoved
        contactsRemoved
        contactsKept
        suggestionsRemoved
        accountsUnlinked
      }
    }
  `),
  parseErasureData,
);

export const auditTrailQuery = defineOperation(
  graphql(`
    query AuditTrail($first: Int, $after: String, $subjectId: String) {
      auditTrail(first: $first, after: $after, subjectId: $subjectId) {
        edges {
          node {
            seq
            at
            action
            result
            actorId
            subjectType
            subjectId
            clientAddress
            details
          }
        }
        pageInfo { endCursor hasNextPage }
      }
    }
  `),
  parseAuditTrailData,
);

export const auditChainStatusQuery = defineOperation(
  graphql(`
    query AuditChainStatus {
      auditChainStatus { valid entries brokenAtSeq problem }
    }
  `),
  parseAuditChainStatusData,
);
